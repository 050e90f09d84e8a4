<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="44"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="45"/>
        <source>Needs re-authorization</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="47"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="98"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="98"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="98"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="99"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="99"/>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="100"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="100"/>
        <source>New mentions</source>
        <translation>新提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="100"/>
        <source>Queued posts</source>
        <translation>待发帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="101"/>
        <source>Rate limit</source>
        <translation>频率限制</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="101"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="127"/>
        <source>The server no longer accepts mbdesk&apos;s sign-in for this account. Sign in again so scheduled posts can go out.</source>
        <translation>服务器已不再接受 mbdesk 对此账号的登录授权。请重新登录，以便定时帖子能够发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="145"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="161"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="163"/>
        <source>Paused until {time}</source>
        <translation>暂停至 {time}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="213"/>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="214"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="240"/>
        <source>No accounts yet — click “Add account…” to connect your shop&apos;s Mastodon, Bluesky or Weibo account.</source>
        <translation>还没有账号——点击“添加账号…”，连接你店铺的 Mastodon、Bluesky 或微博账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="253"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="260"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="263"/>
        <source>%n need(s) re-authorization</source>
        <translation>
            <numerusform>%n 个需要重新授权</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="295"/>
        <source>Remove account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="296"/>
        <source>Remove {handle} from mbdesk? Its mentions, followers and queued posts in mbdesk are deleted and its sign-in is removed from the keyring. Nothing changes on the server; drafts stay.</source>
        <translation>要从 mbdesk 中移除 {handle} 吗？它在 mbdesk 中的提及、粉丝和待发帖子将被删除，登录信息也会从密钥环中移除。服务器上不会有任何改动；草稿会保留。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="306"/>
        <source>Keyring problem</source>
        <translation>密钥环出错</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="307"/>
        <source>The account was not removed: {reason}</source>
        <translation>账号未移除：{reason}</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="73"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="89"/>
        <source>mbdesk opens your browser so you sign in on your own server; your password is never typed here.</source>
        <translation>mbdesk 会打开浏览器，让你在自己的服务器上登录；密码从不在这里输入。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="91"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="93"/>
        <source>Use an app password, not your main password: in Bluesky open Settings → Privacy and security → App passwords.</source>
        <translation>请使用应用专用密码，而不是主密码：在 Bluesky 中打开“设置 → 隐私与安全 → 应用专用密码”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="95"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="95"/>
        <source>App password</source>
        <translation>应用专用密码</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="98"/>
        <source>Weibo needs an app registered at open.weibo.com; enter its key and secret, then sign in in the browser.</source>
        <translation>微博需要一个在 open.weibo.com 注册的应用；请输入它的 App Key 和 App Secret，然后在浏览器中登录。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="100"/>
        <source>App key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="100"/>
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="106"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="111"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="150"/>
        <source>Enter your server&apos;s address, for example mastodon.social.</source>
        <translation>请输入服务器地址，例如 mastodon.social。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="152"/>
        <source>Enter your handle and an app password.</source>
        <translation>请输入用户名和应用专用密码。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="154"/>
        <source>Enter the app key and the app secret.</source>
        <translation>请输入 App Key 和 App Secret。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="166"/>
        <source>Connecting an account needs the network support, which is not installed in this version yet. Nothing was added; you can try the demo workspace meanwhile.</source>
        <translation>连接账号需要网络功能，而此版本尚未安装该功能。没有添加任何内容；你可以先试用演示工作区。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="170"/>
        <source>Connecting… if your browser opened, finish signing in there.</source>
        <translation>正在连接… 如果浏览器已打开，请在浏览器中完成登录。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="189"/>
        <source>Could not connect: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="121"/>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="124"/>
        <source>Follower growth</source>
        <translation>粉丝增长</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="135"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="135"/>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="136"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="136"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="150"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="159"/>
        <source>No follower history yet: it grows with each daily sync.</source>
        <translation>还没有粉丝历史：每天同步后会逐步积累。</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="370"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMonthModel</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="284"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="65"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="66"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="68"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="135"/>
        <source>held</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="150"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="194"/>
        <source>Click a day to see all its posts.</source>
        <translation>点击某一天，查看当天的所有帖子。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="198"/>
        <source>{day}: %n post(s)</source>
        <translation>
            <numerusform>{day}：%n 条帖子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="212"/>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="218"/>
        <source>%n post(s) scheduled in the next 7 days</source>
        <translation>
            <numerusform>未来 7 天内已安排 %n 条帖子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="220"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="222"/>
        <source>%n held for your decision</source>
        <translation>
            <numerusform>%n 条等待你决定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="38"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="39"/>
        <source>Promotion / discount</source>
        <translation>促销 / 折扣</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="40"/>
        <source>Shop news</source>
        <translation>店铺动态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="41"/>
        <source>Industry news</source>
        <translation>行业资讯</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="42"/>
        <source>Hot topic</source>
        <translation>热门话题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="43"/>
        <source>Service notice</source>
        <translation>服务公告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="44"/>
        <source>Festival / event</source>
        <translation>节日 / 活动</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="122"/>
        <source>Compose &amp; Drafts</source>
        <translation>撰写与草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="132"/>
        <source>Search drafts…</source>
        <translation>搜索草稿…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="136"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="140"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="194"/>
        <source>Optional: a title only you see</source>
        <translation>可选：只有你能看到的标题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="198"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="199"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="203"/>
        <source>Write your post here…</source>
        <translation>在这里撰写帖子…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="206"/>
        <source>Post to</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="215"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="216"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="217"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="219"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="220"/>
        <location filename="../../mbdesk/ui/views/compose.py" line="402"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="251"/>
        <source>No accounts yet — add one on the Accounts screen to choose where this post goes.</source>
        <translation>还没有账号——请先在“账号”页面添加，才能选择这条帖子发往哪里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/compose.py" line="302"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n 篇草稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="306"/>
        <source>No drafts match — clear the search or choose another category or state.</source>
        <translation>没有匹配的草稿——请清除搜索，或选择其他分类或状态。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="308"/>
        <source>No drafts yet — write your first post on the right.</source>
        <translation>还没有草稿——在右侧写下你的第一条帖子吧。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="392"/>
        <source>New draft</source>
        <translation>新草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="394"/>
        <source>Editing: %s</source>
        <translation>正在编辑：%s</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="394"/>
        <source>untitled draft</source>
        <translation>未命名草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="402"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="415"/>
        <source>{platform} counts {used} of {limit} characters</source>
        <translation>{platform} 字数：{used} / {limit}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="427"/>
        <source>Unsaved draft</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="428"/>
        <source>This draft has changes that are not saved. Save them?</source>
        <translation>此草稿有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="444"/>
        <source>Nothing to save yet: write a title or a text.</source>
        <translation>还没有可保存的内容：请填写标题或正文。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="449"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="464"/>
        <source>%s (copy)</source>
        <translation>%s（副本）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="468"/>
        <source>Duplicated: you are now editing the copy.</source>
        <translation>已复制：你现在编辑的是副本。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="477"/>
        <source>Archived: choose “Archived” in the state filter to find it again.</source>
        <translation>已归档：在状态筛选中选择“已归档”即可再次找到它。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="479"/>
        <source>Restored to the library.</source>
        <translation>已恢复到草稿库。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="38"/>
        <source>mbdesk hit a bug</source>
        <translation>mbdesk 遇到了错误</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="39"/>
        <source>Something went wrong inside mbdesk. Your drafts and queued posts are saved in the database and were not lost.</source>
        <translation>mbdesk 内部出现了问题。你的草稿和待发帖子都保存在数据库中，没有丢失。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="42"/>
        <source>The details were written to {log}. You can keep working; if the problem comes back, restart mbdesk and send that log file to the developers.</source>
        <translation>详细信息已写入 {log}。你可以继续工作；如果问题再次出现，请重启 mbdesk，并把该日志文件发送给开发者。</translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="51"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="52"/>
        <source>Scheduled</source>
        <translation>已定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="53"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="54"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="55"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>Targets</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="133"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="147"/>
        <source>(empty draft)</source>
        <translation>（空草稿）</translation>
    </message>
</context>
<context>
    <name>FollowersView</name>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="115"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="201"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="128"/>
        <source>New this week</source>
        <translation>本周新增</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="129"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="131"/>
        <source>Search name, or @handle prefix…</source>
        <translation>搜索名称或 @用户名开头…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="202"/>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="203"/>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="204"/>
        <source>Flags</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="205"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="206"/>
        <source>Follows</source>
        <translation>关注的账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="209"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="243"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="246"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="273"/>
        <source>{now} followers · {new} new this week · {lost} lost this week</source>
        <translation>{now} 位粉丝 · 本周新增 {new} · 本周流失 {lost}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="302"/>
        <source>No one selected</source>
        <translation>未选择任何人</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="318"/>
        <source>verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="320"/>
        <source>bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="327"/>
        <source>{account} since {date}</source>
        <translation>{account}：自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="330"/>
        <source>{account}: left {date}</source>
        <translation>{account}：{date} 取消关注</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="76"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="89"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="90"/>
        <source>New</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="91"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="92"/>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="94"/>
        <source>Mentions and watches</source>
        <translation>提及与关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="95"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="96"/>
        <source>Keyword watches</source>
        <translation>关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="98"/>
        <source>Search mentions…</source>
        <translation>搜索提及…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="168"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="169"/>
        <source>Done (E)</source>
        <translation>标为已处理 (E)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="170"/>
        <source>Unread (U)</source>
        <translation>标为未读 (U)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="205"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="239"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="248"/>
        <source>Search failed: {0}</source>
        <translation>搜索失败：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="258"/>
        <source>Mentions shown: {0}</source>
        <translation>已显示 {0} 条提及</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="270"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="272"/>
        <source>oldest waiting {0}</source>
        <translation>最早一条已等待 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="279"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="281"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="282"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="295"/>
        <source>No mention selected</source>
        <translation>未选择提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="299"/>
        <source>(unknown author)</source>
        <translation>（未知作者）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="304"/>
        <source>keyword watch</source>
        <translation>关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="304"/>
        <source>mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="305"/>
        <source>To {account} · {when} · {stream} · {state}</source>
        <translation>发给 {account} · {when} · {stream} · {state}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="108"/>
        <source>mbdesk</source>
        <translation>mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="110"/>
        <source>mbdesk — demo workspace</source>
        <translation>mbdesk — 演示工作区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="116"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="118"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="119"/>
        <source>&amp;About mbdesk</source>
        <translation>关于 mbdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="123"/>
        <source>Compose &amp; Drafts</source>
        <translation>撰写与草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="124"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="125"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="126"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="127"/>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="128"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="192"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="198"/>
        <source>Database checked: OK</source>
        <translation>数据库检查完毕：正常</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="203"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="225"/>
        <source>Database damaged</source>
        <translation>数据库损坏</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="226"/>
        <source>The database check found problems: {details}</source>
        <translation>数据库检查发现问题：{details}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="230"/>
        <source>No backup exists yet. Keep mbdesk closed and copy the data folder {folder} somewhere safe before trying anything else.</source>
        <translation>目前还没有备份。请保持 mbdesk 关闭，在尝试任何其他操作之前，先把数据文件夹 {folder} 复制到安全的地方。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="235"/>
        <source>You can restore the last backup ({name}). The damaged file is kept beside it, not deleted.</source>
        <translation>你可以恢复最近一次的备份（{name}）。损坏的文件会保留在旁边，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="237"/>
        <source>Restore last backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="238"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="245"/>
        <source>Restored {name}</source>
        <translation>已恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="264"/>
        <source>About mbdesk</source>
        <translation>关于 mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="265"/>
        <source>mbdesk {version}
A desktop console for a shop&apos;s microblog accounts.
Data folder: {folder}</source>
        <translation>mbdesk {version}
管理店铺社交媒体账号的桌面控制台。
数据文件夹：{folder}</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="26"/>
        <source>new</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="27"/>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="28"/>
        <source>done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="67"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="68"/>
        <source>From</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="69"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="70"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="71"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="35"/>
        <location filename="../../mbdesk/ui/onboarding.py" line="38"/>
        <source>Welcome to mbdesk</source>
        <translation>欢迎使用 mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="44"/>
        <source>Plan posts on a calendar, answer every mention from one inbox (offline too), get to know your followers and watch your shop grow.

Everything stays on this computer; account tokens are kept in the system keyring.</source>
        <translation>在日历上规划帖子，在同一个收件箱里回复所有提及（离线也可以），了解你的粉丝，见证店铺成长。

所有数据都保存在这台电脑上；账号令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="49"/>
        <source>Explore the demo workspace</source>
        <translation>浏览演示工作区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="51"/>
        <source>Opens a sample shop with three accounts in a separate folder. Nothing is sent anywhere.</source>
        <translation>在单独的文件夹中打开一家有三个账号的示例店铺。不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="53"/>
        <source>Connect my first account</source>
        <translation>连接我的第一个账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="54"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="64"/>
        <source>scheduled on the server</source>
        <translation>已在服务器定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="66"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="67"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="68"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="69"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="70"/>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="71"/>
        <source>held: its time passed while mbdesk was closed</source>
        <translation>已暂缓：mbdesk 关闭期间已过发布时间</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="51"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="52"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="53"/>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="54"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="55"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="56"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="74"/>
        <source>lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="36"/>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="37"/>
        <source>Sandbox (offline test server)</source>
        <translation>沙盒（离线测试服务器）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="41"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="45"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="49"/>
        <source>System time zone</source>
        <translation>系统时区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="53"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="56"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="57"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="57"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="60"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="63"/>
        <source>Hold them and ask me</source>
        <translation>暂缓并询问我</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="64"/>
        <source>Send them right away</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="66"/>
        <source>Posts whose time passed while mbdesk was closed</source>
        <translation>mbdesk 关闭期间到期的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="71"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="79"/>
        <source>Tokens are kept in the system keyring ({backend}).</source>
        <translation>令牌保存在系统密钥环（{backend}）中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="83"/>
        <source>No secure keyring was found: mbdesk will not store account tokens unless you allow plaintext storage below.</source>
        <translation>未找到安全的密钥环：除非你在下方允许明文存储，否则 mbdesk 不会保存账号令牌。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="87"/>
        <source>Secrets</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="89"/>
        <source>Allow storing tokens in a plaintext file when no keyring exists (not recommended)</source>
        <translation>没有密钥环时，允许将令牌保存在明文文件中（不推荐）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect the next time mbdesk starts.</source>
        <translation>新的语言将在下次启动 mbdesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="122"/>
        <source>Unknown time zone “{zone}”. Pick one from the list, for example Europe/Madrid or Asia/Shanghai.</source>
        <translation>未知时区“{zone}”。请从列表中选择，例如 Europe/Madrid 或 Asia/Shanghai。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="113"/>
        <source>Restore last backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="115"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="36"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="38"/>
        <source>Sync not started</source>
        <translation>同步未开始</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="47"/>
        <source>⚠ No secure keyring: accounts cannot be connected</source>
        <translation>⚠ 没有安全的密钥环：无法连接账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="49"/>
        <source>mbdesk keeps account tokens only in the system keyring. Install and unlock one (for example gnome-keyring or KWallet), or allow plaintext storage in Settings.</source>
        <translation>mbdesk 只在系统密钥环中保存账号令牌。请安装并解锁一个密钥环（例如 gnome-keyring 或 KWallet），或在“设置”中允许明文存储。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="62"/>
        <source>Sync idle — no platform connection to sync</source>
        <translation>同步空闲——没有可同步的平台连接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="79"/>
        <source>Network: unknown</source>
        <translation>网络：未知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="81"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="83"/>
        <source>○ Offline — changes wait in the outbox</source>
        <translation>○ 离线——更改在发件箱中等待</translation>
    </message>
</context>
<context>
    <name>SummaryTile</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="85"/>
        <source>no data in this range</source>
        <translation>此时间段内无数据</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="86"/>
        <source>{sign}{n} in this range</source>
        <translation>此时间段内 {sign}{n}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="91"/>
        <source>Mentions (30 days): {0}</source>
        <translation>提及（30 天）：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="92"/>
        <source>Posts (30 days): {0}</source>
        <translation>帖子（30 天）：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="93"/>
        <source>Median engagement per post: {0}</source>
        <translation>每条帖子互动中位数：{0}</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="139"/>
        <source>Starting sync…</source>
        <translation>正在开始同步…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="249"/>
        <source>Sync could not start; details are in the log.</source>
        <translation>同步无法启动，详情见日志。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="281"/>
        <source>Sync idle — no accounts yet</source>
        <translation>同步空闲——还没有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="294"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/services/sync_service.py" line="297"/>
        <source>Offline — %n item(s) wait in the outbox</source>
        <translation>
            <numerusform>离线——%n 项在发件箱中等待</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="299"/>
        <source>An account needs to be authorized again</source>
        <translation>有账号需要重新授权</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="301"/>
        <source>Rate limited — waiting for the server</source>
        <translation>已达频率限制——正在等待服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="303"/>
        <source>Some accounts are offline; retrying</source>
        <translation>部分账号离线，正在重试</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="305"/>
        <source>Sync error — see the account&apos;s status</source>
        <translation>同步出错——请查看账号状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="306"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="54"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="55"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="56"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="57"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
</TS>
