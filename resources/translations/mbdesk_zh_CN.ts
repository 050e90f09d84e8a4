<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDetailsPanel</name>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="112"/>
        <source>Select an account to see what its server can do and how its last sync went.</source>
        <translation>选择一个账号，查看它的服务器能做什么，以及上次同步的情况。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="114"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="115"/>
        <source>What this server can do</source>
        <translation>这个服务器能做什么</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="117"/>
        <source>Last sync, step by step</source>
        <translation>上次同步（逐步）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="162"/>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="165"/>
        <source>Account domain</source>
        <translation>账号域名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="166"/>
        <source>The part after the second @ in your address, as others see it.</source>
        <translation>别人看到的你的地址中第二个 @ 之后的部分。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="169"/>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="170"/>
        <source>at the next sync</source>
        <translation>下次同步时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="171"/>
        <source>mbdesk checks the server again once a day and on Sync now.</source>
        <translation>mbdesk 每天以及点击“立即同步”时会重新检查服务器。</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="66"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="67"/>
        <source>Needs re-authorization</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="69"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="131"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="131"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="131"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="132"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="132"/>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="133"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="133"/>
        <source>New mentions</source>
        <translation>新提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="133"/>
        <source>Queued posts</source>
        <translation>待发帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="134"/>
        <source>Rate limit</source>
        <translation>频率限制</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="134"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="162"/>
        <source>The server no longer accepts mbdesk&apos;s sign-in for this account. Sign in again so scheduled posts can go out.</source>
        <translation>服务器已不再接受 mbdesk 对此账号的登录授权。请重新登录，以便定时帖子能够发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="181"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="197"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="199"/>
        <source>Paused until {time}</source>
        <translation>暂停至 {time}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="528"/>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="529"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="556"/>
        <source>Re-authorize…</source>
        <translation>重新授权…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="531"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="532"/>
        <source>Sync the selected account now (all accounts when none is selected)</source>
        <translation>立即同步所选账号（未选择时同步所有账号）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="534"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="542"/>
        <source>Link tagging…</source>
        <translation>链接标记…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="543"/>
        <source>Add UTM tags to links to your shop in posts</source>
        <translation>为帖子里指向你网店的链接加上 UTM 标记</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="574"/>
        <source>No accounts yet — click “Add account…” to connect your shop&apos;s Mastodon, Bluesky or Weibo account.</source>
        <translation>还没有账号——点击“添加账号…”，连接你店铺的 Mastodon、Bluesky 或微博账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="609"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="627"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="630"/>
        <source>%n need(s) re-authorization</source>
        <translation>
            <numerusform>%n 个需要重新授权</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="636"/>
        <source>⚠ {handles}: the server no longer accepts mbdesk&apos;s sign-in. Nothing is published or synced for it until you sign in again.</source>
        <translation>⚠ {handles}：服务器已不再接受 mbdesk 的登录授权。重新登录之前，不会为它发布或同步任何内容。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="698"/>
        <source>Sync has not started yet; try again in a moment.</source>
        <translation>同步尚未开始，请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="740"/>
        <source>⚠ {handles}: the sign-in runs out in %n day(s), on {date}. Posts due after that will not go out; re-authorize now.</source>
        <translation>
            <numerusform>⚠ {handles}：授权将在 %n 天后（{date}）到期，之后到时的帖子发不出去；请现在重新授权。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="767"/>
        <source>Remove account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="768"/>
        <source>Remove {handle} from mbdesk? Its mentions, followers and queued posts in mbdesk are deleted and its sign-in is removed from the keyring. Nothing changes on the server; drafts stay.</source>
        <translation>要从 mbdesk 中移除 {handle} 吗？它在 mbdesk 中的提及、粉丝和待发帖子将被删除，登录信息也会从密钥环中移除。服务器上不会有任何改动；草稿会保留。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="778"/>
        <source>Keyring problem</source>
        <translation>密钥环出错</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="779"/>
        <source>The account was not removed: {reason}</source>
        <translation>账号未移除：{reason}</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="221"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="167"/>
        <source>mbdesk opens your browser so you sign in on your own server; your password is never typed here.</source>
        <translation>mbdesk 会打开浏览器，让你在自己的服务器上登录；密码从不在这里输入。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="158"/>
        <source>the code, or the whole address the browser shows</source>
        <translation>授权码，或浏览器显示的完整网址</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="164"/>
        <source>Open the authorization page</source>
        <translation>打开授权页面</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="169"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="171"/>
        <source>Use an app password, not your main password: in Bluesky open Settings → Privacy and security → App passwords.</source>
        <translation>请使用应用专用密码，而不是主密码：在 Bluesky 中打开“设置 → 隐私与安全 → 应用专用密码”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="173"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="174"/>
        <source>App password</source>
        <translation>应用专用密码</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="175"/>
        <source>Service (optional)</source>
        <translation>服务地址（可选）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="177"/>
        <source>Weibo needs an app registered at open.weibo.com; enter its key and secret, open the authorization page, allow the app and paste the code (or the whole address) here. Every Weibo post must link to the app&apos;s safe domain.</source>
        <translation>微博需要在 open.weibo.com 注册的应用：填写 App Key 和 App Secret，打开授权页面并授权，再把授权码（或完整网址）粘贴到这里。每条微博都必须包含应用安全域名下的链接。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="180"/>
        <source>App key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="180"/>
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="183"/>
        <source>Code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="184"/>
        <source>Safe domain</source>
        <translation>安全域名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="185"/>
        <source>Default link (optional)</source>
        <translation>默认链接（可选）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="192"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="197"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="206"/>
        <source>Re-authorize {handle}</source>
        <translation>重新授权 {handle}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="207"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="236"/>
        <source>X needs your own app at developer.x.com: in its User authentication settings choose OAuth 2.0, type Native App, permissions Read and write, and register the callback address below exactly. Enter the app&apos;s OAuth 2.0 client id; mbdesk opens your browser to sign in. Posting works on every access level; reading mentions, followers and metrics needs a paid one.</source>
        <translation>X 需要你在 developer.x.com 上自己的应用：在其 User authentication settings 中选择 OAuth 2.0、类型 Native App、权限 Read and write，并原样登记下面的回调地址。填写应用的 OAuth 2.0 client id；mbdesk 会打开浏览器让你登录。任何访问级别都能发帖；读取提及、粉丝和数据需要付费级别。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="241"/>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="242"/>
        <source>Callback address</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="243"/>
        <source>API address (optional)</source>
        <translation>API 地址（可选）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="264"/>
        <source>Your browser shows your server&apos;s sign-in page. Allow mbdesk there; this window continues by itself.</source>
        <translation>浏览器中显示了你的服务器登录页面。请在那里允许 mbdesk；此窗口会自动继续。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="268"/>
        <source>Open the page again</source>
        <translation>再次打开页面</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="270"/>
        <source>&lt;b&gt;Paste the code instead&lt;/b&gt;</source>
        <translation>&lt;b&gt;改为粘贴授权码&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="272"/>
        <source>If the browser cannot come back to mbdesk (another computer, a locked-down browser), open the page that shows a code, allow mbdesk, and paste the code here.</source>
        <translation>如果浏览器无法返回 mbdesk（例如在另一台电脑上，或浏览器受限），请打开显示授权码的页面，允许 mbdesk，然后把授权码粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="276"/>
        <source>Open the page with a code</source>
        <translation>打开显示授权码的页面</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="281"/>
        <source>Authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="282"/>
        <source>Use this code</source>
        <translation>使用此授权码</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="332"/>
        <source>Enter your server&apos;s address, for example mastodon.social.</source>
        <translation>请输入服务器地址，例如 mastodon.social。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="334"/>
        <source>Enter your handle and an app password.</source>
        <translation>请输入用户名和应用专用密码。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="337"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="411"/>
        <source>Enter the app key and the app secret.</source>
        <translation>请输入 App Key 和 App Secret。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="339"/>
        <source>Enter your X app&apos;s OAuth 2.0 client id.</source>
        <translation>请填写你的 X 应用的 OAuth 2.0 client id。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="341"/>
        <source>Open the authorization page, allow the app, then paste the code.</source>
        <translation>请打开授权页面并授权，然后粘贴授权码。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="355"/>
        <source>Connecting an account needs the network support, which is not installed in this version yet. Nothing was added; you can try the demo workspace meanwhile.</source>
        <translation>连接账号需要网络功能，而此版本尚未安装该功能。没有添加任何内容；你可以先试用演示工作区。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="367"/>
        <source>Checking the server…</source>
        <translation>正在检查服务器…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="372"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="374"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="389"/>
        <source>This is not a server address. Enter it like mastodon.social (https://, and a port from 1 to 65535 if it has one).</source>
        <translation>这不是服务器地址。请按 mastodon.social 的格式输入（https://，如有端口，须在 1 到 65535 之间）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="398"/>
        <source>Unencrypted connection</source>
        <translation>未加密的连接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="399"/>
        <source>%1 is reached over plain http: the token and everything mbdesk sends there are not encrypted on the way. Connect anyway?</source>
        <translation>%1 通过未加密的 http 访问：令牌以及 mbdesk 发送到那里的所有内容在传输中都不加密。仍要连接吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="414"/>
        <source>Allow the app in the browser, then paste the code (or the whole address the browser went to) under Code.</source>
        <translation>请在浏览器中授权应用，然后把授权码（或浏览器跳转到的完整网址）粘贴到“授权码”一栏。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="425"/>
        <source>Checking the code…</source>
        <translation>正在验证授权码…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="431"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="437"/>
        <source>Waiting for you to allow mbdesk in the browser…</source>
        <translation>等待你在浏览器中允许 mbdesk…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="457"/>
        <source>This server did not accept mbdesk&apos;s sign-in address, so the browser cannot come back to mbdesk by itself.</source>
        <translation>此服务器不接受 mbdesk 的登录回调地址，因此浏览器无法自动回到 mbdesk。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="460"/>
        <source>Paste the code instead: the page with a code is open in your browser; allow mbdesk there and paste the code here.</source>
        <translation>请改为粘贴授权码：显示授权码的页面已在浏览器中打开；请在那里允许 mbdesk，然后把授权码粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="493"/>
        <source>Could not connect: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="196"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="198"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} 小时 {1:02d} 分钟</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="450"/>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="455"/>
        <source>Follower growth</source>
        <translation>粉丝增长</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="471"/>
        <source>Show one account on every tab, or all of them</source>
        <translation>在每个标签页只显示一个账号，或显示全部</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="473"/>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="477"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="477"/>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="478"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="478"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="494"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="495"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="768"/>
        <source>Engagement</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="496"/>
        <source>Best time to post</source>
        <translation>最佳发布时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="497"/>
        <source>Response and reach</source>
        <translation>响应与覆盖</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="526"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="529"/>
        <source>Save data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="553"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="619"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1044"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="565"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1099"/>
        <source>New / lost</source>
        <translation>新增 / 流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="597"/>
        <source>No follower history yet: it grows with each daily sync.</source>
        <translation>还没有粉丝历史：每天同步后会逐步积累。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="619"/>
        <source>Each account&apos;s follower count</source>
        <translation>每个账号的关注者人数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="620"/>
        <source>Growth index</source>
        <translation>增长指数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="621"/>
        <source>Each account = 100 at the start of the range, so small and large accounts grow side by side (110 = 10 % more followers)</source>
        <translation>每个账号在时间范围开始时为 100，大小账号的增长可以并排比较（110 = 关注者多 10%）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="664"/>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="669"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="669"/>
        <source>Reposts</source>
        <translation>转发</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="670"/>
        <source>Favourites</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="679"/>
        <source>Mean engagement per post</source>
        <translation>每条帖子平均互动</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="733"/>
        <source>Hour of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="743"/>
        <source>Mean engagement (replies + reposts + favourites) of the shop&apos;s own posts by the weekday and hour they went out, in your time zone. Brighter is better; hours with fewer than two posts stay dark.</source>
        <translation>店铺自己的帖子按发布的星期和时段（你的时区）统计的平均互动（回复 + 转发 + 点赞）。颜色越亮越好；帖子少于两条的时段保持暗色。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="760"/>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="761"/>
        <source>Median first reply, 7 days</source>
        <translation>首次回复中位用时（7 天）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="762"/>
        <source>Median first reply, 30 days</source>
        <translation>首次回复中位用时（30 天）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="763"/>
        <source>Mentions answered, 30 days</source>
        <translation>已回复的提及（30 天）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="764"/>
        <source>Reach</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="765"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1293"/>
        <source>Followers now (all accounts)</source>
        <translation>当前粉丝（所有账号）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="766"/>
        <source>New followers in range</source>
        <translation>时间段内新增粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="767"/>
        <source>Lost followers in range</source>
        <translation>时间段内流失粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="769"/>
        <source>Mentions and comments</source>
        <translation>提及与评论</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="770"/>
        <source>Replies to posts</source>
        <translation>帖子的回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="771"/>
        <source>Reposts / boosts</source>
        <translation>转发 / 转嘟</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="772"/>
        <source>Favourites / likes</source>
        <translation>喜欢 / 点赞</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="773"/>
        <source>Positive share of mentions</source>
        <translation>正面提及占比</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="774"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="803"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="775"/>
        <source>Link clicks</source>
        <translation>链接点击</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="776"/>
        <source>Posts in range</source>
        <translation>时间段内的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="959"/>
        <source>The figures could not be read: {0} Choose the tab again to retry.</source>
        <translation>无法读取数据：{0} 请再次选择该标签页重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="964"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1043"/>
        <source>Growth index (start = 100)</source>
        <translation>增长指数（起点 = 100）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1071"/>
        <source>Each account = 100 at the start of the range.</source>
        <translation>每个账号在时间范围开始时为 100。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1073"/>
        <source>The largest account has {0}× the followers of the smallest: the growth index shows the small ones better.</source>
        <translation>最大账号的关注者是最小账号的 {0} 倍：增长指数更能看清小账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1098"/>
        <source>New / lost per week</source>
        <translation>每周新增 / 流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1116"/>
        <source>Click a day on the chart to see who came and who left.</source>
        <translation>点击图表中的某一天，查看谁关注了、谁离开了。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1121"/>
        <source>{day}: {new} new, {lost} lost</source>
        <translation>{day}：新增 {new}，流失 {lost}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1129"/>
        <source>− {name} (@{handle}) left {account}</source>
        <translation>− {name}（@{handle}）取消关注了 {account}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1131"/>
        <source>+ {name} (@{handle}) follows {account}</source>
        <translation>+ {name}（@{handle}）关注了 {account}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1170"/>
        <source>new {new} · lost {lost}</source>
        <translation>新增 {new} · 流失 {lost}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1242"/>
        <source>Best times: {0}</source>
        <translation>最佳时间：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1245"/>
        <source>Not enough posts in this range to tell.</source>
        <translation>此时间段内的帖子太少，无法判断。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1253"/>
        <source>Link clicks: Mastodon, Bluesky and Weibo do not report them. Visits from UTM-tagged links show up in the shop&apos;s own web analytics.</source>
        <translation>链接点击：Mastodon、Bluesky 和微博不提供。带 UTM 标记的链接带来的访问会显示在店铺自己的网站分析中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1257"/>
        <source>X: this app&apos;s access level cannot read post metrics, so link clicks are not available.</source>
        <translation>X：此应用的访问级别无法读取帖子数据，因此没有链接点击。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1260"/>
        <source>X reports link clicks for the account&apos;s own posts of the last 30 days.</source>
        <translation>X 提供账号自己最近 30 天帖子的链接点击。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1268"/>
        <source>not reported by this platform</source>
        <translation>此平台不提供</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1271"/>
        <source>not available with this app&apos;s access level</source>
        <translation>此应用的访问级别不可用</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1272"/>
        <source>not reported</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1295"/>
        <source>Followers now</source>
        <translation>当前关注者</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1357"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1357"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1362"/>
        <source>Save data as CSV</source>
        <translation>将数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1362"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="27"/>
        <source>a free queue slot at one of its best times (from {count} posts)</source>
        <translation>处于其最佳时间的空闲队列时段（基于 {count} 条帖子）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="31"/>
        <source>its next free queue slot</source>
        <translation>它的下一个空闲队列时段</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="33"/>
        <source>its best day and hour (from {count} posts)</source>
        <translation>它的最佳日子和时段（基于 {count} 条帖子）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="35"/>
        <source>too few posts to judge yet: the next free hour</source>
        <translation>帖子太少，暂无法判断：下一个空闲整点</translation>
    </message>
</context>
<context>
    <name>BestTimesBox</name>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="45"/>
        <source>Best next time for each account</source>
        <translation>各账号的下一个最佳时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="50"/>
        <source>Looking at each account&apos;s posts, cadence and queue slots…</source>
        <translation>正在查看各账号的帖子、发帖节奏和队列时段…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="70"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="81"/>
        <source>Schedule each at its best time</source>
        <translation>各自按最佳时间定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="98"/>
        <source>no free time in the next 60 days</source>
        <translation>未来 60 天内没有空闲时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="108"/>
        <source>Could not work out the best times ({error}); pick a time yourself.</source>
        <translation>无法算出最佳时间（{error}）；请自行选择时间。</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="555"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMonthModel</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="478"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="733"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="148"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="578"/>
        <source>local scheduling only (kept by mbdesk)</source>
        <translation>仅本地定时（由 mbdesk 保存）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="688"/>
        <source>To fix: %n</source>
        <translation>
            <numerusform>待处理：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="690"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="692"/>
        <source>Nothing to fix; %n hint(s)</source>
        <translation>
            <numerusform>无需处理；%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="727"/>
        <source>Week {week}: {range}</source>
        <translation>第 {week} 周：{range}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="734"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="248"/>
        <source>held</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="113"/>
        <source>Pause all publishing</source>
        <translation>暂停所有发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="116"/>
        <source>Holds every scheduled post (posts on the server are taken back at the next sync) until you switch it off. Replies still go out.</source>
        <translation>暂缓所有定时帖子（已在服务器定时的帖子会在下次同步时撤回），直到你关闭此项。回复仍会发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="131"/>
        <source>⏸ Publishing is paused: no scheduled post goes out until you resume.</source>
        <translation>⏸ 发布已暂停：在你恢复之前，不会发出任何定时帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="136"/>
        <source>Resume publishing</source>
        <translation>恢复发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="158"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="159"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="165"/>
        <source>Queue slots…</source>
        <translation>队列时段…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="166"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="167"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="169"/>
        <source>Schedule as CSV…</source>
        <translation>排期导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="170"/>
        <source>Calendar file (.ics)…</source>
        <translation>日历文件 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="245"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="250"/>
        <location filename="../../mbdesk/ui/views/calendar.py" line="580"/>
        <source>move waits for the next sync</source>
        <translation>移动待下次同步</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="251"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="252"/>
        <source>account needs re-authorization</source>
        <translation>账号需要重新授权</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="253"/>
        <source>after the sign-in runs out</source>
        <translation>授权到期之后</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="254"/>
        <source>Drag a post to move it; click it to open it.</source>
        <translation>拖动帖子可移动，点击可打开。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="281"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="348"/>
        <source>Publishing is paused: every scheduled post is held.</source>
        <translation>发布已暂停：所有定时帖子都已暂缓。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="349"/>
        <source>Publishing resumed: scheduled posts go out at their time.</source>
        <translation>发布已恢复：定时帖子将按时发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="364"/>
        <source>That post is no longer in the outbox.</source>
        <translation>该帖子已不在发件箱中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="382"/>
        <source>Moved to {when}. The copy on the server is being moved too.</source>
        <translation>已移到 {when}。服务器上的副本也正在移动。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="386"/>
        <source>Moved to {when} here. The server still holds it at the old time: the move is kept and applied by the next sync (mbdesk is not syncing now). If no sync runs before the old time, the server publishes it then.</source>
        <translation>已在本地移到 {when}。服务器上仍是原来的时间：此次移动会保留，并在下次同步时生效（mbdesk 当前未在同步）。如果在原时间之前没有同步，服务器会在原时间发布。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="393"/>
        <source>Moved to {when}.</source>
        <translation>已移到 {when}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="423"/>
        <source>Connect an account first (Accounts).</source>
        <translation>请先连接一个账号（“账号”页面）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="427"/>
        <source>Queue slots saved.</source>
        <translation>队列时段已保存。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="431"/>
        <source>Import posts from CSV</source>
        <translation>从 CSV 导入帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="432"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="458"/>
        <source>Nothing was imported: {error}</source>
        <translation>没有导入任何内容：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="460"/>
        <source>%n post(s) imported and scheduled.</source>
        <translation>
            <numerusform>已导入并定时 %n 条帖子。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="469"/>
        <source>Export the schedule</source>
        <translation>导出排期</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="470"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="476"/>
        <location filename="../../mbdesk/ui/views/calendar.py" line="492"/>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="480"/>
        <source>Schedule saved to {path}.</source>
        <translation>排期已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="484"/>
        <source>Export to a calendar app</source>
        <translation>导出到日历应用</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="486"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="496"/>
        <source>Calendar file saved to {path}: open it in any calendar app.</source>
        <translation>日历文件已保存到 {path}：可用任何日历应用打开。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="550"/>
        <source>Click a day to see all its posts.</source>
        <translation>点击某一天，查看当天的所有帖子。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="554"/>
        <source>{day}: %n post(s)</source>
        <translation>
            <numerusform>{day}：%n 条帖子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="585"/>
        <source>More posts that day than your limit</source>
        <translation>当天帖子数超过你设定的上限</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="586"/>
        <source>Too close to another post of this account</source>
        <translation>与此账号的另一条帖子间隔太近</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="587"/>
        <source>Outside this account&apos;s best hours</source>
        <translation>不在此账号的最佳时段内</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="627"/>
        <source>{post}: failed</source>
        <translation>{post}：失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="632"/>
        <source>{account} needs re-authorization: %n post(s) will not go out (the first {when})</source>
        <translation>
            <numerusform>{account} 需要重新授权：%n 条帖子不会发出（最早 {when}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="635"/>
        <source>{account}: %n post(s) due after the sign-in runs out (the first {when})</source>
        <translation>
            <numerusform>{account}：%n 条帖子在登录失效后到期（最早 {when}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="646"/>
        <source>{day} · {account}: {count} posts (limit {limit} a day)</source>
        <translation>{day} · {account}：{count} 条帖子（每天上限 {limit} 条）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="651"/>
        <source>{day} · {account}: two posts {minutes} min apart (keep at least {gap} min)</source>
        <translation>{day} · {account}：两条帖子仅相隔 {minutes} 分钟（至少应间隔 {gap} 分钟）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="669"/>
        <source>%n post(s) outside their account&apos;s best hours</source>
        <translation>
            <numerusform>%n 条帖子不在账号的最佳时段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="671"/>
        <source>A soft hint: these posts may reach fewer people. Click to list them.</source>
        <translation>仅为提示：这些帖子可能触达的人较少。点击列出它们。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="681"/>
        <source>{day} {time} · {account}: outside its best hours ({hours})</source>
        <translation>{day} {time} · {account}：不在最佳时段内（{hours}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="664"/>
        <source>… and %n more (see the ⚠ days)</source>
        <translation>
            <numerusform>… 还有 %n 条（见带 ⚠ 的日期）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="694"/>
        <source>No warnings</source>
        <translation>没有警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="733"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="734"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="739"/>
        <source>%n post(s) scheduled in the next 7 days</source>
        <translation>
            <numerusform>未来 7 天内已安排 %n 条帖子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="741"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="743"/>
        <source>%n held for your decision</source>
        <translation>
            <numerusform>%n 条等待你决定</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="760"/>
        <source>Not moved: that time is in the past. Drop it on a later day or hour.</source>
        <translation>未移动：该时间已经过去。请拖到更晚的日期或时段。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="762"/>
        <source>Not moved: this post has already gone out (or is going out).</source>
        <translation>未移动：这条帖子已经发出（或正在发出）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="764"/>
        <source>Not moved: the post is no longer in the outbox.</source>
        <translation>未移动：该帖子已不在发件箱中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="765"/>
        <source>Not moved: replies go out as soon as possible.</source>
        <translation>未移动：回复会尽快发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="766"/>
        <source>Not moved: the post changed meanwhile; try again.</source>
        <translation>未移动：帖子在此期间已更改，请重试。</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="46"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="47"/>
        <source>Promotion / discount</source>
        <translation>促销 / 折扣</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="48"/>
        <source>Shop news</source>
        <translation>店铺动态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="49"/>
        <source>Industry news</source>
        <translation>行业资讯</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="50"/>
        <source>Hot topic</source>
        <translation>热门话题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="51"/>
        <source>Service notice</source>
        <translation>服务公告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="52"/>
        <source>Festival / event</source>
        <translation>节日 / 活动</translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="69"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="136"/>
        <source>Competitors you watch</source>
        <translation>你关注的竞争对手</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="145"/>
        <source>No competitors yet. Pick your account on their platform, type their handle and choose Add.</source>
        <translation>还没有竞争对手。选择你在对方平台上的账号，输入对方的用户名，然后点“添加”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="150"/>
        <source>Through</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="153"/>
        <source>Your account on the competitor&apos;s platform: mbdesk reads their public posts through it</source>
        <translation>你在竞争对手所在平台上的账号：mbdesk 通过它读取对方的公开帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="157"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="164"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="166"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="190"/>
        <source>Followers, index (first day = 100)</source>
        <translation>粉丝指数（首日 = 100）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="193"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="195"/>
        <source>Your account</source>
        <translation>你的账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="200"/>
        <source>Posts per weekday</source>
        <translation>每个星期几的帖子数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="205"/>
        <source>Posts per hour of the day</source>
        <translation>每天各小时的帖子数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Reposts</source>
        <translation>转发</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="222"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="230"/>
        <source>Double-click a post to open it in the browser</source>
        <translation>双击帖子在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="262"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="262"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="262"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="285"/>
        <source>The competitors could not be read: {0}</source>
        <translation>无法读取竞争对手：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="301"/>
        <source>Add a competitor to see their followers, posting rhythm and best posts here.</source>
        <translation>添加一个竞争对手，即可在这里看到对方的粉丝、发帖节奏和最佳帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="327"/>
        <source>{n} followers</source>
        <translation>{n} 粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="361"/>
        <source>{name} on {platform}, read through {account} · last checked {when}</source>
        <translation>{name}（{platform}），通过 {account} 读取 · 上次检查 {when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="388"/>
        <source>{per_week} posts a week; most often at {hours} (your time zone).</source>
        <translation>每周 {per_week} 条帖子；最常在 {hours} 发布（你的时区）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="215"/>
        <source>Their best-engaging posts in this range</source>
        <translation>他们在此时间范围内互动最好的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="297"/>
        <source>No competitors are read through this account. Choose All accounts above, or add one here.</source>
        <translation>没有通过此账号关注的竞争对手。请在上方选择“全部账号”，或在此添加一个。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="391"/>
        <source>No posts of theirs read in this range.</source>
        <translation>此时间范围内未读到他们的帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="424"/>
        <source>e.g. bakery or bakery@other.server</source>
        <translation>例如 bakery 或 bakery@other.server</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="425"/>
        <source>e.g. bakery.bsky.social</source>
        <translation>例如 bakery.bsky.social</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="426"/>
        <source>e.g. @bakery</source>
        <translation>例如 @bakery</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="428"/>
        <source>Connect an account first (Accounts).</source>
        <translation>请先连接一个账号（账号页面）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="431"/>
        <source>Weibo&apos;s API lets ordinary apps read only your own posts; other accounts&apos; posts and counts are for commercial partners, so Weibo competitors cannot be watched.</source>
        <translation>微博 API 只允许普通应用读取你自己的微博；其他账号的微博和数据只对商业合作伙伴开放，所以无法关注微博上的竞争对手。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="436"/>
        <source>The demo workspace&apos;s accounts cannot look up other accounts; its competitors are samples. Connect a real account to watch yours.</source>
        <translation>演示工作区的账号无法查找其他账号；这里的竞争对手是示例。连接一个真实账号来关注你的竞争对手。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="447"/>
        <source>Type the competitor&apos;s handle first.</source>
        <translation>请先输入竞争对手的用户名。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="452"/>
        <source>Looking up {handle}…</source>
        <translation>正在查找 {handle}…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="461"/>
        <source>Could not add it: {0}</source>
        <translation>无法添加：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="470"/>
        <source>You already watch {handle}.</source>
        <translation>你已经在关注 {handle}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="472"/>
        <source>Added {handle}. Its posts are not public, so only its follower count is watched.</source>
        <translation>已添加 {handle}。其帖子不公开，所以只关注粉丝数。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="475"/>
        <source>Added {handle}: its follower count and posts are read at each sync (every few hours).</source>
        <translation>已添加 {handle}：每次同步（每隔几小时）都会读取其粉丝数和帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="481"/>
        <source>No account {handle} was found on {platform}. Check the spelling; on Mastodon add @server for an account on another server.</source>
        <translation>在 {platform} 上找不到账号 {handle}。请检查拼写；在 Mastodon 上，其他服务器的账号要加上 @服务器。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="484"/>
        <source>{platform} does not allow reading this account with your access: {reason}</source>
        <translation>{platform} 不允许用你的权限读取这个账号：{reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="486"/>
        <source>{account} needs to be authorized again (Accounts); then add the competitor.</source>
        <translation>{account} 需要重新授权（账号页面）；之后再添加竞争对手。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="488"/>
        <source>{platform} asked mbdesk to wait; try again in a few minutes.</source>
        <translation>{platform} 要求 mbdesk 稍候；请几分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="490"/>
        <source>You watch the most competitors one account can read (10); remove one first.</source>
        <translation>一个账号最多可关注 10 个竞争对手；请先移除一个。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="492"/>
        <source>That account is no longer in mbdesk.</source>
        <translation>这个账号已不在 mbdesk 中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="495"/>
        <source>Could not look up {handle} ({reason}). Check the connection and try again.</source>
        <translation>无法查找 {handle}（{reason}）。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="506"/>
        <source>Remove competitor</source>
        <translation>移除竞争对手</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="507"/>
        <source>Stop watching {name}? Its follower history and stored posts are deleted.</source>
        <translation>不再关注 {name}？其粉丝历史和已保存的帖子将被删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="531"/>
        <source>not found any more (renamed or deleted?)</source>
        <translation>已找不到（改名或已删除？）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="533"/>
        <source>its posts are not public</source>
        <translation>其帖子不公开</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="534"/>
        <source>the platform does not allow reading it</source>
        <translation>平台不允许读取</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="536"/>
        <source>the last check failed</source>
        <translation>上次检查失败</translation>
    </message>
</context>
<context>
    <name>ComposeProblem</name>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="20"/>
        <source>Choose at least one account to post to.</source>
        <translation>请至少选择一个要发布到的账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="23"/>
        <source>{name}: the text is empty.</source>
        <translation>{name}：正文为空。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="26"/>
        <source>{name}: {count} of {limit} — shorten it by {over}.</source>
        <translation>{name}：{count} / {limit}——请删减 {over}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="29"/>
        <source>{name} takes at most {limit} image(s); this post has {count}.</source>
        <translation>{name} 最多接受 {limit} 张图片；这条帖子有 {count} 张。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="33"/>
        <source>{name}: Bluesky needs a description (alt text) for every image; images without one: {count}.</source>
        <translation>{name}：Bluesky 要求每张图片都有描述（替代文字）；没有描述的图片：{count} 张。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="37"/>
        <source>{name}: images without a description (alt text): {count} — people who cannot see them would miss them.</source>
        <translation>{name}：没有描述（替代文字）的图片：{count} 张——看不见图片的人会错过这些内容。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="41"/>
        <source>{name}: an image description is longer than {limit} characters.</source>
        <translation>{name}：有一条图片描述超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="45"/>
        <source>{name}: Weibo does not accept hashtags from apps; they are left out there.</source>
        <translation>{name}：微博不接受来自应用的话题标签，发布到微博时会省略。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="49"/>
        <source>{name}: a Weibo post must contain a link on {domain}.</source>
        <translation>{name}：微博帖子必须包含 {domain} 下的链接。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="53"/>
        <source>{name}: no safe domain is known for this Weibo account, so mbdesk cannot check the link Weibo requires; re-authorize it with its safe domain (Accounts).</source>
        <translation>{name}：不知道这个微博账号的安全域名，mbdesk 无法检查微博要求的链接；请带上安全域名重新授权（账号）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="58"/>
        <source>{name}: Weibo refuses the #topic# syntax from apps; remove the second #.</source>
        <translation>{name}：微博不接受应用发布的 #话题# 写法；请删掉第二个 #。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="62"/>
        <source>This draft is already scheduled. Move or cancel it in the Calendar, or duplicate it to post it again.</source>
        <translation>这篇草稿已经定时。请在“日历”中移动或取消它，或者复制一份再发布。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="66"/>
        <source>That time has already passed.</source>
        <translation>该时间已经过去。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="68"/>
        <source>The draft no longer exists.</source>
        <translation>该草稿已不存在。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="71"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="74"/>
        <source>{name} needs re-authorization: the post will wait until you sign in again — Accounts → Re-authorize.</source>
        <translation>{name} 需要重新授权：帖子会等到你重新登录后再发出——账号 → 重新授权。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="84"/>
        <source>{day} · {name}: {count} posts that day (more than {limit}).</source>
        <translation>{day} · {name}：当天 {count} 条帖子（超过 {limit} 条）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="88"/>
        <source>{day} · {name}: two posts {count} min apart (keep at least {gap} min).</source>
        <translation>{day} · {name}：两条帖子只相隔 {count} 分钟（至少间隔 {gap} 分钟）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="93"/>
        <source>{day} · {name}: outside its best hours ({hours}).</source>
        <translation>{day} · {name}：不在其最佳时段（{hours}）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="101"/>
        <source>{file} cannot be read (moved, deleted or no permission).</source>
        <translation>无法读取 {file}（已移动、已删除或没有权限）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="104"/>
        <source>{file} is not an image this app can post (JPEG, PNG, GIF or WebP).</source>
        <translation>{file} 不是本应用可以发布的图片（JPEG、PNG、GIF 或 WebP）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="108"/>
        <source>{file} is damaged: the image data cannot be read.</source>
        <translation>{file} 已损坏：无法读取图片数据。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="111"/>
        <source>{file} has too many pixels to be a photo for a post.</source>
        <translation>{file} 的像素太多，无法作为帖子图片。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="114"/>
        <source>{file} is too large (over 50 MB).</source>
        <translation>{file} 太大（超过 50 MB）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="117"/>
        <source>{file} is an animation too large for this platform; it cannot be made smaller without losing the animation.</source>
        <translation>{file} 是动图，对该平台来说太大；缩小它会丢失动画效果。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="121"/>
        <source>{file} cannot be made small enough for this platform.</source>
        <translation>{file} 无法缩小到该平台允许的大小。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="124"/>
        <source>{file} cannot be used.</source>
        <translation>无法使用 {file}。</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="82"/>
        <source>Compose &amp; Drafts</source>
        <translation>撰写与草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="91"/>
        <source>Search drafts…</source>
        <translation>搜索草稿…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="97"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="102"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="104"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/compose.py" line="176"/>
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln 篇草稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="180"/>
        <source>No drafts match — clear the search or choose another category, account or state.</source>
        <translation>没有匹配的草稿——请清除搜索，或选择其他分类、账号或状态。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="269"/>
        <source>Open in composer</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="271"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="273"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="182"/>
        <source>No drafts yet — write your first post on the right.</source>
        <translation>还没有草稿——在右侧写下你的第一条帖子吧。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="273"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="240"/>
        <source>%s (copy)</source>
        <translation>%s（副本）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="245"/>
        <source>Duplicated: you are now editing the copy.</source>
        <translation>已复制：你现在编辑的是副本。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="259"/>
        <source>Archived: choose “Archived” in the state filter to find it again.</source>
        <translation>已归档：在状态筛选中选择“已归档”即可再次找到它。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="260"/>
        <source>Restored to the library.</source>
        <translation>已恢复到草稿库。</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="129"/>
        <source>Optional: a title only you see</source>
        <translation>可选：只有你能看到的标题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="135"/>
        <source>e.g. #handmade #ceramics</source>
        <translation>例如 #手工 #陶瓷</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="139"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="140"/>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="147"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="148"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="150"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="151"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="152"/>
        <source>Insert snippet</source>
        <translation>插入常用语</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="153"/>
        <source>Signature, opening hours, shop link…: insert a saved text at the cursor</source>
        <translation>签名、营业时间、店铺链接…：在光标处插入常用语</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="165"/>
        <source>Write your post here…</source>
        <translation>在这里撰写帖子…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="166"/>
        <source>Shared text</source>
        <translation>通用正文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="169"/>
        <source>Post to</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="176"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="190"/>
        <source>Add the shop link</source>
        <translation>添加店铺链接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="193"/>
        <source>Append the account&apos;s default link, which is on its safe domain</source>
        <translation>在末尾加上该账号的默认链接（位于安全域名下）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="199"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="200"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="201"/>
        <location filename="../../mbdesk/ui/compose/editor.py" line="610"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="202"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="203"/>
        <source>Save the draft now (Ctrl+S); it also saves by itself while you type</source>
        <translation>立即保存草稿（Ctrl+S）；输入时也会自动保存</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="205"/>
        <source>Publish now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="206"/>
        <source>Add to queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="208"/>
        <source>Schedule…</source>
        <translation>定时…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="276"/>
        <source>No accounts yet — add one on the Accounts screen to choose where this post goes.</source>
        <translation>还没有账号——请先在“账号”页面添加，才能选择这条帖子发往哪里。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="366"/>
        <source>New draft</source>
        <translation>新草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="368"/>
        <source>Editing: %s</source>
        <translation>正在编辑：%s</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="368"/>
        <source>untitled draft</source>
        <translation>未命名草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="370"/>
        <source>scheduled: changes here do not change the queued posts (move or cancel them in the Calendar)</source>
        <translation>已定时：在这里修改不会影响已排队的帖子（请在“日历”中移动或取消它们）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="403"/>
        <source>The text only {name} gets</source>
        <translation>仅用于 {name} 的正文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="446"/>
        <source>Drop the text for {name}?</source>
        <translation>放弃 {name} 的专用正文？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="447"/>
        <source>{name} has its own text. Drop it and post the shared text there?</source>
        <translation>{name} 有自己的专用正文。要放弃它，改为发布通用正文吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="510"/>
        <source>Put the post in the next free queue slot of each account (Calendar → Queue slots)</source>
        <translation>把帖子放进每个账号的下一个空闲队列时段（日历 → 队列时段）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="558"/>
        <source>Nothing to save yet: write a title or a text.</source>
        <translation>还没有可保存的内容：请填写标题或正文。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="567"/>
        <source>Could not save ({error}); your text is still here and saving is tried again.</source>
        <translation>无法保存（{error}）；你的文字仍在这里，稍后会再次尝试保存。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="580"/>
        <source>Saved automatically at {time}.</source>
        <translation>已于 {time} 自动保存。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="581"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="610"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="653"/>
        <source>Not queued: {accounts} still has no queue slots.</source>
        <translation>未加入队列：{accounts} 仍然没有队列时段。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="660"/>
        <source>No queue slots</source>
        <translation>没有队列时段</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="661"/>
        <source>{accounts} has no queue slots yet: Add to queue puts a post at the next free one of an account&apos;s weekly posting times. Set them now?</source>
        <translation>{accounts} 还没有队列时段：“加入队列”会把帖子放在账号每周发帖时间中的下一个空闲时段。现在设置吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="665"/>
        <source>Set queue slots…</source>
        <translation>设置队列时段…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="669"/>
        <source>Not queued: {accounts} has no queue slots (Calendar → Queue slots).</source>
        <translation>未加入队列：{accounts} 没有队列时段（日历 → 队列时段）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="687"/>
        <source>On {accounts}, scheduled posts are kept by mbdesk (the server cannot hold them) — keep mbdesk or &apos;mbdesk sync&apos; running at that time.</source>
        <translation>{accounts} 的定时帖子由 mbdesk 保管（服务器无法代存）——到时请保持 mbdesk 或 “mbdesk sync” 运行。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="709"/>
        <source>Publish now?</source>
        <translation>立即发布？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/editor.py" line="710"/>
        <source>Publish this post on %n account(s) now?</source>
        <translation>
            <numerusform>现在在 %n 个账号上发布这条帖子吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="746"/>
        <source>Queued for {when} on {account}.</source>
        <translation>已排入队列：{when}，{account}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/editor.py" line="750"/>
        <source>Queued to publish now on %n account(s).</source>
        <translation>
            <numerusform>已排队，即将在 %n 个账号上发布。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/editor.py" line="756"/>
        <source>Scheduled for {when} ({zone}) on %n account(s).</source>
        <translation>
            <numerusform>已定时于 {when}（{zone}）在 %n 个账号上发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="772"/>
        <source>Not queued: an account has no free queue slot in the next 60 days. Add slots or move posts in the Calendar.</source>
        <translation>未加入队列：某个账号在未来 60 天内没有空闲队列时段。请在日历中添加时段或移动帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="775"/>
        <source>Not queued: an account has no queue slots (Calendar → Queue slots).</source>
        <translation>未加入队列：某个账号没有队列时段（日历 → 队列时段）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="777"/>
        <source>Not queued: tick at least one account.</source>
        <translation>未加入队列：请至少勾选一个账号。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="180"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>写回复…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="186"/>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="188"/>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="239"/>
        <source>Select a message to read and reply</source>
        <translation>选择一条消息来阅读和回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="247"/>
        <source>J / K: next / previous message</source>
        <translation>J / K：下一条 / 上一条消息</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="248"/>
        <source>Enter: open it and load its thread</source>
        <translation>Enter：打开并加载其对话</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="249"/>
        <source>R: reply · Ctrl+Enter: send the reply</source>
        <translation>R：回复 · Ctrl+Enter：发送回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="250"/>
        <source>E: done · U: unread · Ctrl+Z: undo</source>
        <translation>E：完成 · U：标为未读 · Ctrl+Z：撤销</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="251"/>
        <source>/: search the inbox</source>
        <translation>/：搜索收件箱</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="281"/>
        <source>Mastodon notifies only the people a reply names: their @handles go in front of your text when it is sent (not twice if you typed them).</source>
        <translation>Mastodon 只通知回复中提到的人：发送时会在你的文字前加上他们的 @用户名（如果你已经输入过，不会重复添加）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="298"/>
        <source>Replying to @{0}</source>
        <translation>回复 @{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="302"/>
        <source>Untick to leave @{0} out of the reply</source>
        <translation>取消勾选即可不在回复中提到 @{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="337"/>
        <source>Loading the message…</source>
        <translation>正在载入消息…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="348"/>
        <source>This message could not be read</source>
        <translation>无法读取这条消息</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="349"/>
        <source>{reason} Select it again to retry; if it keeps failing, restart mbdesk.</source>
        <translation>{reason} 请再次选择它以重试；如果一直失败，请重新启动 mbdesk。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="361"/>
        <source>No mention selected</source>
        <translation>未选择提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="372"/>
        <source>(unknown author)</source>
        <translation>（未知作者）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="379"/>
        <source>keyword watch “{0}”</source>
        <translation>关键词监控“{0}”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="380"/>
        <source>keyword watch</source>
        <translation>关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="382"/>
        <source>mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="383"/>
        <source>To {account} · {when} · {stream} · {state}</source>
        <translation>发给 {account} · {when} · {stream} · {state}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="387"/>
        <source>negative (crisis watch)</source>
        <translation>负面（危机监控）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="415"/>
        <source>Show more ({0} of {1} characters shown)</source>
        <translation>显示更多（已显示 {0} / {1} 个字符）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="426"/>
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n 位粉丝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="427"/>
        <source>%n mention(s) from them</source>
        <translation>
            <numerusform>来自对方的 %n 条提及</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="429"/>
        <source>Tags: {0}</source>
        <translation>标签：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="433"/>
        <source>Notes: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="444"/>
        <source>Insert a saved reply… (Alt+1–9)</source>
        <translation>插入快捷回复…（Alt+1–9）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="464"/>
        <source>Your replies</source>
        <translation>你的回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="468"/>
        <source>Earlier replies to this person</source>
        <translation>之前给此人的回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="472"/>
        <source>No thread saved yet.</source>
        <translation>还没有保存的对话。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="480"/>
        <source>Reason: {0}</source>
        <translation>原因：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="482"/>
        <source>Edit and retry</source>
        <translation>编辑并重试</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="488"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="489"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="490"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="491"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="492"/>
        <source>checking</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="493"/>
        <source>held</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="494"/>
        <source>scheduled on the server</source>
        <translation>已在服务器定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="509"/>
        <source>Too long for this server</source>
        <translation>对该服务器来说太长</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="55"/>
        <source>The disk is full: mbdesk could not save its last change.</source>
        <translation>磁盘已满：mbdesk 无法保存最近的更改。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="57"/>
        <source>Free some space on the disk that holds the data folder, then try again; what was saved before is safe.</source>
        <translation>请在存放数据文件夹的磁盘上腾出一些空间，然后重试；之前保存的内容是安全的。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="69"/>
        <source>mbdesk</source>
        <translation>mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="83"/>
        <source>mbdesk hit a bug</source>
        <translation>mbdesk 遇到了错误</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="84"/>
        <source>Something went wrong inside mbdesk. Your drafts and queued posts are saved in the database and were not lost.</source>
        <translation>mbdesk 内部出现了问题。你的草稿和待发帖子都保存在数据库中，没有丢失。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="87"/>
        <source>The details were written to {log}. You can keep working; if the problem comes back, restart mbdesk and send that log file to the developers.</source>
        <translation>详细信息已写入 {log}。你可以继续工作；如果问题再次出现，请重启 mbdesk，并把该日志文件发送给开发者。</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="97"/>
        <source>Show related mentions</source>
        <translation>显示相关提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="98"/>
        <source>Pause scheduled posts</source>
        <translation>暂停定时帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="99"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="59"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="60"/>
        <source>Scheduled</source>
        <translation>已定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="61"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="62"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="63"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>Targets</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="153"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="167"/>
        <source>(empty draft)</source>
        <translation>（空草稿）</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="38"/>
        <source>Edit sent post</source>
        <translation>编辑已发送的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="41"/>
        <source>The new text replaces the post&apos;s text on {account}. Images and the content warning stay. mbdesk sends the edit once, also when the connection drops, and keeps every earlier text in the post&apos;s history.</source>
        <translation>新文字将替换 {account} 上该帖子的文字，图片和内容警告保持不变。即使连接中断，mbdesk 也只发送一次编辑，并在帖子的历史记录中保留以前的每个版本。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="55"/>
        <source>Save edit</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="76"/>
        <source>{count} / {limit}</source>
        <translation>{count} / {limit}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="81"/>
        <source>The new text is empty. To take the post down, use Delete….</source>
        <translation>新文字为空。如要撤下帖子，请使用“删除…”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="83"/>
        <source>Too long for this account by {over}: shorten it.</source>
        <translation>超出此账号的长度 {over}：请缩短。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="86"/>
        <source>Change the text to save an edit.</source>
        <translation>修改文字后才能保存编辑。</translation>
    </message>
</context>
<context>
    <name>EngagementModel</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Reposts</source>
        <translation>转发</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Favourites</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="346"/>
        <source>not reported by this platform</source>
        <translation>此平台不提供</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="348"/>
        <source>not available with this app&apos;s access level</source>
        <translation>此应用的访问级别不可用</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="353"/>
        <source>This platform does not tell anyone how often the links in a post were clicked. Visits from UTM-tagged links show up in the shop&apos;s own web analytics.</source>
        <translation>此平台不向任何人提供帖子中链接的点击次数。带 UTM 标记的链接带来的访问会显示在店铺自己的网站分析中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="357"/>
        <source>This X app&apos;s access level cannot read post metrics. A higher access level in the X developer portal lets mbdesk read link clicks.</source>
        <translation>此 X 应用的访问级别无法读取帖子数据。在 X 开发者平台提高访问级别后，mbdesk 才能读取链接点击。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="361"/>
        <source>X reports link clicks only for the account&apos;s own posts of the last 30 days; none were read for this post.</source>
        <translation>X 只提供账号自己最近 30 天帖子的链接点击；这条帖子没有读取到。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="363"/>
        <source>Clicks on the links in this post, as the platform reports them.</source>
        <translation>这条帖子中链接的点击次数，由平台提供。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Link clicks</source>
        <translation>链接点击</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="338"/>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="43"/>
        <source>That is not a feed address: it must start with http:// or https://.</source>
        <translation>这不是订阅源地址：必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="46"/>
        <source>The feed&apos;s server could not be reached. Check the address and the network, then try again.</source>
        <translation>无法连接订阅源的服务器。请检查地址和网络，然后重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="49"/>
        <source>The feed is larger than 5 MB, so mbdesk did not read it. Use a feed of the newest entries only.</source>
        <translation>订阅源超过 5 MB，mbdesk 没有读取。请改用只含最新条目的订阅源。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="52"/>
        <source>That address gives a web page or something else, not an RSS or Atom feed. Look on the site for its feed link (often /feed or /rss.xml).</source>
        <translation>该地址返回的是网页或其他内容，而不是 RSS 或 Atom 订阅源。请在网站上找到订阅链接（通常是 /feed 或 /rss.xml）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="56"/>
        <source>The feed&apos;s server refused the request. Check the address.</source>
        <translation>订阅源的服务器拒绝了请求。请检查地址。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="58"/>
        <source>The feed could not be read; mbdesk tries again at the next check.</source>
        <translation>无法读取订阅源；mbdesk 会在下次检查时重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="60"/>
        <source>Stopped before the feed was read.</source>
        <translation>读取订阅源之前已停止。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="61"/>
        <source>This feed is already in the list.</source>
        <translation>该订阅源已在列表中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="63"/>
        <source>The feed could not be read.</source>
        <translation>无法读取订阅源。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="69"/>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="70"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="71"/>
        <source>unchanged</source>
        <translation>无更新</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="72"/>
        <source>server not reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="73"/>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="74"/>
        <source>not a feed</source>
        <translation>不是订阅源</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="75"/>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="77"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>FeedsAction</name>
    <message>
        <location filename="../../mbdesk/ui/feeds_menu.py" line="52"/>
        <source>Fee&amp;ds to drafts…</source>
        <translation>订阅源转草稿(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_menu.py" line="68"/>
        <source>%n new draft(s) from feeds</source>
        <translation>
            <numerusform>订阅源新增 %n 份草稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="120"/>
        <source>Feeds to drafts</source>
        <translation>订阅源转草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="126"/>
        <source>New entries of a shop&apos;s product or blog feed (RSS or Atom) become drafts, each entry once. Feeds are checked every hour while mbdesk is open.</source>
        <translation>店铺商品或博客订阅源（RSS 或 Atom）的新条目会变成草稿，每个条目只生成一次。mbdesk 打开期间每小时检查一次。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="132"/>
        <source>Feed address, e.g. https://shop.example/feed</source>
        <translation>订阅源地址，例如 https://shop.example/feed</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="134"/>
        <source>Add feed</source>
        <translation>添加订阅源</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="138"/>
        <source>Accounts ticked on the drafts of the feed you add</source>
        <translation>为要添加的订阅源所生成的草稿勾选的账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="141"/>
        <source>Accounts ticked on the drafts of the selected feed</source>
        <translation>为所选订阅源所生成的草稿勾选的账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="150"/>
        <source>Feed</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="150"/>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="150"/>
        <source>Drafts made</source>
        <translation>已生成草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="151"/>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="257"/>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="265"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="164"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="167"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="221"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="223"/>
        <source>Ticked on the drafts this feed makes; change it with Accounts below</source>
        <translation>此订阅源生成的草稿会勾选这些账号；可用下方的“账号”更改</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="225"/>
        <source>No account is ticked on this feed&apos;s drafts: tick them in each draft, or choose Accounts below</source>
        <translation>此订阅源的草稿不会勾选任何账号：请在每篇草稿中勾选，或用下方的“账号”选择</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="232"/>
        <source>No feeds yet: paste a feed address above.</source>
        <translation>还没有订阅源：请在上方粘贴订阅源地址。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="257"/>
        <source>Accounts ({n})</source>
        <translation>账号（{n}）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="315"/>
        <source>Reading the feed…</source>
        <translation>正在读取订阅源…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="331"/>
        <source>Added “{title}”: %n draft(s) made from its newest entries.</source>
        <translation>
            <numerusform>已添加“{title}”：根据最新条目生成了 %n 份草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="332"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="335"/>
        <source>%n older entries are remembered without a draft.</source>
        <translation>
            <numerusform>另有 %n 条较早的条目已记录，但不生成草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="349"/>
        <source>Checking the feeds…</source>
        <translation>正在检查订阅源…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="360"/>
        <source>Checked: %n new draft(s).</source>
        <translation>
            <numerusform>检查完毕：新增 %n 份草稿。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="363"/>
        <source>%n feed(s) could not be read; see Last check.</source>
        <translation>
            <numerusform>%n 个订阅源无法读取；见“上次检查”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="373"/>
        <source>Remove feed</source>
        <translation>移除订阅源</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="374"/>
        <source>Remove “{title}”? The drafts it made stay. Its entries are forgotten: adding it again makes drafts of its newest entries again.</source>
        <translation>移除“{title}”？它生成的草稿会保留。它的条目记录将被清除：再次添加时会重新为最新条目生成草稿。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="386"/>
        <source>Feed removed; its drafts stay.</source>
        <translation>订阅源已移除；它生成的草稿仍然保留。</translation>
    </message>
</context>
<context>
    <name>FollowRequestsModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="63"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="64"/>
        <source>Wants to follow</source>
        <translation>想要关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="65"/>
        <source>Asked (first seen)</source>
        <translation>请求时间（首次发现）</translation>
    </message>
</context>
<context>
    <name>FollowersView</name>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="171"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="359"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="181"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="183"/>
        <source>Suggestion rules…</source>
        <translation>建议规则…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="194"/>
        <source>Newest followers</source>
        <translation>最新关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="195"/>
        <source>Oldest followers</source>
        <translation>最早关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="196"/>
        <source>Most followers</source>
        <translation>粉丝最多</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="197"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="198"/>
        <source>Last interaction</source>
        <translation>最近互动</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="200"/>
        <source>New this week</source>
        <translation>本周新增</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="201"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="215"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="609"/>
        <source>Tag selected</source>
        <translation>加标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="288"/>
        <source>These people asked to follow a locked account; they follow it only once you accept.</source>
        <translation>这些人请求关注一个需要批准的账号；你接受后他们才会成为关注者。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="360"/>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="361"/>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="362"/>
        <source>Flags</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="363"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="364"/>
        <source>Follows</source>
        <translation>关注的账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="367"/>
        <source>+ Tag</source>
        <translation>+ 标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="378"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="385"/>
        <source>Your notes on this person (saved as you type)</source>
        <translation>你对此人的备注（输入时自动保存）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="389"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="433"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="437"/>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="440"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="469"/>
        <source>{now} followers · {new} new this week · {lost} lost this week</source>
        <translation>{now} 位粉丝 · 本周新增 {new} · 本周流失 {lost}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="487"/>
        <source>ⓘ {accounts}: the server shows apps only part of a large follower list, so fewer people may be listed here than the follower count says.</source>
        <translation>ⓘ {accounts}：服务器只向应用显示大型粉丝列表的一部分，因此这里列出的人可能少于粉丝数。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/followers.py" line="498"/>
        <source>Follow requests (%n)</source>
        <translation>
            <numerusform>关注请求（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="522"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="547"/>
        <source>Accepting…</source>
        <translation>正在接受…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="549"/>
        <source>Rejecting…</source>
        <translation>正在拒绝…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="572"/>
        <source>Could not accept the follow request of {who}.</source>
        <translation>无法接受 {who} 的关注请求。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="573"/>
        <source>Could not reject the follow request of {who}.</source>
        <translation>无法拒绝 {who} 的关注请求。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="575"/>
        <source>The server no longer has it (withdrawn, or answered in another app), so it is no longer listed.</source>
        <translation>服务器上已没有这个请求（已撤回，或已在其他应用中处理），因此不再列出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="578"/>
        <source>Authorize the account again on the Accounts screen, then try again.</source>
        <translation>请在“账号”页面重新授权该账号，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="581"/>
        <source>Check the connection and try again; the request stays listed.</source>
        <translation>请检查网络连接后再试；该请求仍保留在列表中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/followers.py" line="609"/>
        <source>Tag %n selected</source>
        <translation>
            <numerusform>加标签（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="621"/>
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="638"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="638"/>
        <source>Name of the new tag:</source>
        <translation>新标签的名称：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="708"/>
        <source>No one selected</source>
        <translation>未选择任何人</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="727"/>
        <source>verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="729"/>
        <source>bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="736"/>
        <source>{account}: already following on {date}</source>
        <translation>{account}：{date} 时已在关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="737"/>
        <source>{account} since {date}</source>
        <translation>{account}：自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="740"/>
        <source>{account}: already following on {start}, left {date}</source>
        <translation>{account}：{start} 时已在关注，{date} 取消关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="741"/>
        <source>{account}: followed {start}, left {date}</source>
        <translation>{account}：{start} 关注，{date} 取消关注</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="773"/>
        <source>Remove the tag “{0}”</source>
        <translation>移除标签“{0}”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="785"/>
        <source>No mentions yet.</source>
        <translation>还没有提及。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="791"/>
        <source>{date} · to {account}: {text}</source>
        <translation>{date} · 发给 {account}：{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="794"/>
        <source>↳ {date} · {account} replied ({state}): {text}</source>
        <translation>↳ {date} · {account} 已回复（{state}）：{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="803"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="803"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="804"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="804"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="805"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="805"/>
        <source>held</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="813"/>
        <source>KOL? The account is verified.</source>
        <translation>KOL？该账号已认证。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="814"/>
        <source>KOL? {n} followers.</source>
        <translation>KOL？{n} 位粉丝。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="817"/>
        <source>Engaged: mentioned the shop {n} times recently.</source>
        <translation>活跃：最近提及店铺 {n} 次。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="820"/>
        <source>Potential customer? Asked “{0}”.</source>
        <translation>潜在客户？问过“{0}”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="310"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="519"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="836"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="203"/>
        <source>Search people…</source>
        <translation>搜索用户…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="204"/>
        <source>Searches names, notes, and the start of an @handle</source>
        <translation>搜索名字、备注以及 @用户名的开头</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="839"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="853"/>
        <source>Engaged</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="878"/>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="890"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="224"/>
        <source>Import posts from {name}</source>
        <translation>从 {name} 导入帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="236"/>
        <source>Nothing can be imported from this file:</source>
        <translation>无法从此文件导入任何内容：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="239"/>
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>已读取 %n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="240"/>
        <source>%n ready to schedule, </source>
        <translation>
            <numerusform>%n 行可以定时，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="241"/>
        <source>%n with problems (listed in red; they will not be imported — fix them in the file and import it again).</source>
        <translation>
            <numerusform>%n 行有问题（以红色列出，不会被导入——请在文件中修正后重新导入）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="243"/>
        <source>Nothing is scheduled until you press Import.</source>
        <translation>在你点击“导入”之前，不会安排任何帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="246"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="246"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="247"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="247"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="248"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="248"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="259"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="259"/>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="277"/>
        <source>Allow files outside the CSV&apos;s folder…</source>
        <translation>允许使用 CSV 文件夹以外的文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="282"/>
        <source>Import %n post(s)</source>
        <translation>
            <numerusform>导入 %n 条帖子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="299"/>
        <source>Use files outside the CSV&apos;s folder?</source>
        <translation>要使用 CSV 文件夹以外的文件吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="300"/>
        <source>This file names images outside its own folder:
{paths}

Only allow this for a file you wrote yourself: a CSV from elsewhere could pick any file of this computer. The images are still checked.</source>
        <translation>此文件引用了其所在文件夹以外的图片：
{paths}

仅对你自己编写的文件允许这样做：来自别处的 CSV 可能会选取这台电脑上的任何文件。图片仍会被检查。</translation>
    </message>
</context>
<context>
    <name>InboxNotifier</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="126"/>
        <source>mbdesk — %n unread mention(s)</source>
        <translation>
            <numerusform>mbdesk — %n 条未读提及</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="154"/>
        <source>{account}: the sign-in ran out on {date}. Posts wait until you re-authorize it on the Accounts screen.</source>
        <translation>{account}：登录授权已于 {date} 过期。在“账号”页面重新授权之前，帖子会一直等待。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="157"/>
        <source>{account}: the sign-in runs out within %n day(s), on {date}. Re-authorize it on the Accounts screen so scheduled posts go out.</source>
        <translation>
            <numerusform>{account}：登录授权将在 %n 天内（{date}）过期。请在“账号”页面重新授权，定时帖子才能发出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="160"/>
        <source>Sign-in runs out</source>
        <translation>登录授权即将过期</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="176"/>
        <source>New mentions</source>
        <translation>新提及</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="176"/>
        <source>%n new mention(s) in the inbox</source>
        <translation>
            <numerusform>收件箱中有 %n 条新提及</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="178"/>
        <source>Priority mentions</source>
        <translation>优先提及</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="179"/>
        <source>%n mention(s) need you soon</source>
        <translation>
            <numerusform>%n 条提及需要你尽快处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="191"/>
        <source>Crisis watch</source>
        <translation>危机监控</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="192"/>
        <source>%n negative mention(s) in the last hour. Open the inbox to see them together.</source>
        <translation>
            <numerusform>过去一小时内有 %n 条负面提及。打开收件箱集中查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="43"/>
        <source>Inbox settings</source>
        <translation>收件箱设置</translation>
    </message>
</context>
<context>
    <name>InboxSettingsPanel</name>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="68"/>
        <source>Saved replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="69"/>
        <source>Crisis watch</source>
        <translation>危机监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="85"/>
        <source>Replying marks the mention done</source>
        <translation>回复后将提及标为已处理</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="89"/>
        <source>Every new mention</source>
        <translation>每条新提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="90"/>
        <source>Priority and negative mentions only</source>
        <translation>仅优先和负面提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="91"/>
        <source>None</source>
        <translation>不通知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="94"/>
        <source>Desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="96"/>
        <source>The account&apos;s name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="97"/>
        <source>Shop name for {shop}</source>
        <translation>{shop} 使用的店铺名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="106"/>
        <source>Title, e.g. Opening hours</source>
        <translation>标题，例如 营业时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="109"/>
        <source>Hello {author}, we are open 8:00–20:00 every day. — {shop}</source>
        <translation>{author} 你好，我们每天 8:00–20:00 营业。——{shop}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="110"/>
        <source>Add as new</source>
        <translation>添加为新回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="111"/>
        <source>Update selected</source>
        <translation>更新所选</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="112"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="117"/>
        <source>Placeholders: {author} (their name), {handle}, {shop}, {account}. In the reply box, Alt+1 to Alt+9 insert the first nine.</source>
        <translation>占位符：{author}（对方的名字）、{handle}、{shop}、{account}。在回复框中，Alt+1 到 Alt+9 可插入前九条。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="138"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="140"/>
        <source>Alert at negative mentions per hour</source>
        <translation>每小时负面提及达到此数时提醒</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="144"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="144"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="144"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="149"/>
        <source>Restore the shipped lists</source>
        <translation>恢复自带的词表</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="151"/>
        <source>One word or phrase a line. Latin-script words match whole words; Chinese matches anywhere in the text.</source>
        <translation>每行一个词或短语。拉丁字母的词按整词匹配；中文在文本中任意位置匹配。</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="138"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="159"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="160"/>
        <source>New</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="161"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="162"/>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="165"/>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="166"/>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="167"/>
        <source>Negative (crisis)</source>
        <translation>负面（危机）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="169"/>
        <source>Mentions and watches</source>
        <translation>提及与关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="170"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="171"/>
        <source>Keyword watches</source>
        <translation>关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="173"/>
        <source>Search mentions… (/)</source>
        <translation>搜索提及…（/）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="176"/>
        <source>Watches…</source>
        <translation>关键词监控…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="178"/>
        <source>Saved replies…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="179"/>
        <source>Saved replies, notifications, crisis watch</source>
        <translation>快捷回复、通知、危机监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="267"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="268"/>
        <source>Done (E)</source>
        <translation>标为已处理 (E)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="269"/>
        <source>Unread (U)</source>
        <translation>标为未读 (U)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="270"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="271"/>
        <source>Load thread</source>
        <translation>加载对话</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="327"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="349"/>
        <source>Any author</source>
        <translation>任意作者</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="350"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="351"/>
        <source>KOLs</source>
        <translation>KOL</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="352"/>
        <source>Potential customers</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="355"/>
        <source>Tag: {0}</source>
        <translation>标签：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="388"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="414"/>
        <source>Search failed: {0}</source>
        <translation>搜索失败：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="440"/>
        <source>Mentions shown: {0}</source>
        <translation>已显示 {0} 条提及</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="445"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="448"/>
        <source>%n waiting for a reply</source>
        <translation>
            <numerusform>%n 条待回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="450"/>
        <source>, oldest {0}</source>
        <translation>，最久 {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="453"/>
        <source>oldest waiting {0}</source>
        <translation>最早一条已等待 {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="461"/>
        <source>Median first reply (7 days): {0}</source>
        <translation>首次回复中位用时（7 天）：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="462"/>
        <source>No replies in the last 7 days</source>
        <translation>最近 7 天没有回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="467"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="469"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="470"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="510"/>
        <source>Thread saved {0}</source>
        <translation>对话保存于 {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="511"/>
        <source>Thread not loaded yet (Enter loads it)</source>
        <translation>对话尚未加载（按 Enter 加载）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="532"/>
        <source>Loading the thread…</source>
        <translation>正在加载对话…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="554"/>
        <source>showing the copy saved {0}</source>
        <translation>显示 {0} 保存的副本</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="556"/>
        <source>no saved copy yet</source>
        <translation>还没有保存的副本</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="557"/>
        <source>Could not load the thread ({0}); {1}</source>
        <translation>无法加载对话（{0}）；{1}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="661"/>
        <source>That reply is no longer failed; nothing was changed.</source>
        <translation>该回复已不再是失败状态；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="689"/>
        <source>Crisis watch: %n negative mention(s) in the last hour. Stay calm: read them together, contact the people, and don&apos;t rush a public statement.</source>
        <translation>
            <numerusform>危机监控：过去一小时内有 %n 条负面提及。请保持冷静：把它们放在一起阅读，联系相关的人，不要急于发表公开声明。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="694"/>
        <location filename="../../mbdesk/ui/views/inbox.py" line="718"/>
        <source>Scheduled posts paused</source>
        <translation>定时帖子已暂停</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="695"/>
        <source>Pause scheduled posts</source>
        <translation>暂停定时帖子</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="137"/>
        <source>File missing</source>
        <translation>文件已丢失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="138"/>
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="153"/>
        <source>(no alt text)</source>
        <translation>（无替代文字）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="155"/>
        <source>{file}: the file is gone ({path}).</source>
        <translation>{file}：文件已不存在（{path}）。</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../mbdesk/ui/i18n.py" line="25"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/i18n.py" line="30"/>
        <source>, </source>
        <comment>between the parts of a sentence</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="137"/>
        <source>mbdesk</source>
        <translation>mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="139"/>
        <source>mbdesk — demo workspace</source>
        <translation>mbdesk — 演示工作区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="147"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="150"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="151"/>
        <source>&amp;About mbdesk</source>
        <translation>关于 mbdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="155"/>
        <source>Compose &amp; Drafts</source>
        <translation>撰写与草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="156"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="157"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="158"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="159"/>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="160"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="189"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="275"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="303"/>
        <source>Database checked: OK</source>
        <translation>数据库检查完毕：正常</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="308"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="337"/>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="353"/>
        <source>Database damaged</source>
        <translation>数据库损坏</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="354"/>
        <source>The database check found problems: {details}</source>
        <translation>数据库检查发现问题：{details}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="358"/>
        <source>No backup exists yet. Keep mbdesk closed and copy the data folder {folder} somewhere safe before trying anything else.</source>
        <translation>目前还没有备份。请保持 mbdesk 关闭，在尝试任何其他操作之前，先把数据文件夹 {folder} 复制到安全的地方。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="363"/>
        <source>You can restore the last backup ({name}). The damaged file is kept beside it, not deleted.</source>
        <translation>你可以恢复最近一次的备份（{name}）。损坏的文件会保留在旁边，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="365"/>
        <source>Restore last backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="366"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="373"/>
        <source>Restored {name}</source>
        <translation>已恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="397"/>
        <source>About mbdesk</source>
        <translation>关于 mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="398"/>
        <source>mbdesk {version}
A desktop console for a shop&apos;s microblog accounts.
Data folder: {folder}</source>
        <translation>mbdesk {version}
管理店铺社交媒体账号的桌面控制台。
数据文件夹：{folder}</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="70"/>
        <source>Describe the image for people who cannot see it (alt text)</source>
        <translation>为看不见图片的人描述这张图片（替代文字）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="76"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="79"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="82"/>
        <source>Remove this image from the draft</source>
        <translation>从草稿中移除这张图片</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="100"/>
        <source>{type} · {w}×{h} · {size}</source>
        <translation>{type} · {w}×{h} · {size}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="106"/>
        <source>made smaller for {platforms} when posted</source>
        <translation>发布到 {platforms} 时会缩小</translation>
    </message>
</context>
<context>
    <name>MediaLibraryDialog</name>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="253"/>
        <source>Media library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="268"/>
        <source>Search alt text and file names</source>
        <translation>搜索替代文字和文件名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="298"/>
        <source>Describe the image for people who cannot see it (alt text)</source>
        <translation>为看不见图片的人描述这张图片（替代文字）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="300"/>
        <source>Save alt text</source>
        <translation>保存替代文字</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="302"/>
        <source>Saved here, this text is offered each time the image is used again</source>
        <translation>在此保存后，每次再用这张图片时都会默认使用这段文字</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="310"/>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="415"/>
        <source>Add to draft</source>
        <translation>添加到草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="330"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="366"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="368"/>
        <source>No image matches</source>
        <translation>没有匹配的图片</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="370"/>
        <source>No images yet</source>
        <translation>还没有图片</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="371"/>
        <source>Images you add to drafts and posts appear here, with their alt text, to use again.</source>
        <translation>添加到草稿和帖子中的图片会连同替代文字出现在这里，方便再次使用。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="379"/>
        <source>The library could not be read: {reason}</source>
        <translation>无法读取媒体库：{reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="401"/>
        <source>Select one or more images (Ctrl or Shift for more).</source>
        <translation>选择一张或多张图片（按住 Ctrl 或 Shift 可多选）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="408"/>
        <source>Images whose file is missing cannot be added.</source>
        <translation>文件已丢失的图片无法添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="410"/>
        <source>This draft has room for %n more image(s).</source>
        <translation>
            <numerusform>这份草稿还能再放 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="414"/>
        <source>Add %n to draft</source>
        <translation>
            <numerusform>添加 %n 张到草稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="420"/>
        <source>{file} — the file is gone: {path}</source>
        <translation>{file} — 文件已不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="424"/>
        <source>{file} · {w}×{h} · {size} · last used {when}</source>
        <translation>{file} · {w}×{h} · {size} · 上次使用 {when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="443"/>
        <source>Alt text saved: it is offered each time this image is used.</source>
        <translation>替代文字已保存：以后每次使用这张图片都会默认带上。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="453"/>
        <source>The alt text could not be saved: {reason}</source>
        <translation>无法保存替代文字：{reason}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="126"/>
        <source>Add images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="129"/>
        <source>From library…</source>
        <translation>从媒体库…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="131"/>
        <source>Images used before, with their alt text</source>
        <translation>以前用过的图片及其替代文字</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="187"/>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="223"/>
        <source>{file}: a post takes at most {n} images.</source>
        <translation>{file}：一条帖子最多 {n} 张图片。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="237"/>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="238"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="275"/>
        <source>%n of %1 image(s)</source>
        <translation>
            <numerusform>%n / %1 张图片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="276"/>
        <source>No images</source>
        <translation>没有图片</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="70"/>
        <source>new</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="71"/>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="72"/>
        <source>done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="157"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="158"/>
        <source>From</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="159"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="160"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="161"/>
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
    <name>OutboxHistory</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="65"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="66"/>
        <source>Hand to the server</source>
        <translation>交给服务器定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="67"/>
        <source>Look up (did it arrive?)</source>
        <translation>查询（到达了吗？）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="68"/>
        <source>Check (did the server publish it?)</source>
        <translation>核对（服务器发布了吗？）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="69"/>
        <source>Take back from the server</source>
        <translation>从服务器收回</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="70"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="71"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="78"/>
        <source>started (running, or mbdesk stopped during it)</source>
        <translation>已开始（进行中，或 mbdesk 在此期间停止了）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="80"/>
        <source>interrupted: mbdesk stopped</source>
        <translation>中断：mbdesk 已停止</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="81"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="82"/>
        <source>held by the server</source>
        <translation>由服务器保管</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="83"/>
        <source>published at once (the server ignored the time)</source>
        <translation>立即发布了（服务器忽略了时间）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="85"/>
        <source>the server cannot hold it: kept by mbdesk</source>
        <translation>服务器无法代存：由 mbdesk 保管</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="87"/>
        <source>the server would not hold it: kept by mbdesk</source>
        <translation>服务器不肯代存：由 mbdesk 保管</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="89"/>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="90"/>
        <source>answer lost</source>
        <translation>回复丢失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="91"/>
        <source>not now: tried again later</source>
        <translation>暂时不行：稍后重试</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="92"/>
        <source>not on the server</source>
        <translation>服务器上没有</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="93"/>
        <source>found on the server</source>
        <translation>在服务器上找到</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="94"/>
        <source>taken back</source>
        <translation>已收回</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="95"/>
        <source>edited on the server</source>
        <translation>已在服务器上编辑</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="96"/>
        <source>deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="97"/>
        <source>already gone: nothing to delete</source>
        <translation>已不存在：无需删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="99"/>
        <source>cannot look on this account: look on the platform</source>
        <translation>此账号无法查看：请到平台上查看</translation>
    </message>
</context>
<context>
    <name>OutboxHistoryDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="401"/>
        <source>History of this post</source>
        <translation>这条帖子的记录</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="407"/>
        <source>{account} · {state} · tries: {tries}</source>
        <translation>{account} · {state} · 尝试：{tries}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="413"/>
        <source>Sent {when}:</source>
        <translation>{when} 发送：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="413"/>
        <source>Edited {when}:</source>
        <translation>{when} 编辑：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="416"/>
        <source>Deleted on the platform {when}.</source>
        <translation>已于 {when} 在平台上删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="421"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="421"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="422"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="422"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="432"/>
        <source>({seconds} s)</source>
        <translation>（{seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="445"/>
        <source>No tries recorded yet. (Posts queued before this version of mbdesk have no history.)</source>
        <translation>还没有尝试记录。（此版本之前排队的帖子没有记录。）</translation>
    </message>
</context>
<context>
    <name>OutboxListModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="128"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="128"/>
        <source>Reason / note</source>
        <translation>原因 / 说明</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="128"/>
        <source>Tries</source>
        <translation>尝试</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="143"/>
        <source>Sent %n time(s); the History… button lists every try.</source>
        <translation>
            <numerusform>已发送 %n 次；“记录…”按钮列出每次尝试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="155"/>
        <source>%n look-up(s)</source>
        <translation>
            <numerusform>查询 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="57"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="58"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="59"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="60"/>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="30"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="31"/>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="32"/>
        <source>On the server (scheduled)</source>
        <translation>已在服务器（定时）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="34"/>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="77"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="35"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="36"/>
        <source>Outcome unknown — checking</source>
        <translation>结果未知——核实中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="38"/>
        <source>Held — waiting for you</source>
        <translation>已暂缓——等你决定</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="47"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="49"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="51"/>
        <source>Sent (edited)</source>
        <translation>已发送（已编辑）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="75"/>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="76"/>
        <source>Waiting to go out</source>
        <translation>等待发出</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="78"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="92"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="93"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="94"/>
        <source>Send a held post now (its time has passed)</source>
        <translation>立即发送暂缓的帖子（已过发布时间）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="95"/>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="368"/>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="380"/>
        <source>Cancel post</source>
        <translation>取消帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="96"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="98"/>
        <source>Give the selected sent post a new text (where its platform allows it)</source>
        <translation>为所选的已发送帖子换上新文字（平台允许时）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="100"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="102"/>
        <source>Delete the selected sent post on its platform</source>
        <translation>在平台上删除所选的已发送帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="103"/>
        <source>History…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="104"/>
        <source>Every try to send the selected post, and every time mbdesk looked for it on the server</source>
        <translation>所选帖子的每次发送尝试，以及 mbdesk 每次到服务器上查找它的记录</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="110"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="152"/>
        <source>Outbox — all accounts</source>
        <translation>发件箱——所有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="154"/>
        <source>Outbox — {handle}</source>
        <translation>发件箱——{handle}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="158"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="160"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n 条已暂缓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="162"/>
        <source>%n being checked</source>
        <translation>
            <numerusform>%n 条核实中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="166"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 条等待中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="172"/>
        <source>Nothing needs your attention: no failed, held or unresolved posts.</source>
        <translation>没有需要你处理的帖子：没有失败、暂缓或结果未明的帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="175"/>
        <source>No posts here.</source>
        <translation>这里没有帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="223"/>
        <source>Failed: {reason} — fix it in the draft or press Retry.</source>
        <translation>失败：{reason}——请在草稿中修正，或点击“重试”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="224"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="226"/>
        <source>mbdesk lost the server&apos;s answer; it checks whether the change was made and never makes it twice. {reason}</source>
        <translation>mbdesk 没有收到服务器的回复；它会检查这次更改是否已生效，绝不会重复执行。{reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="230"/>
        <source>Deleted on the platform {when}.</source>
        <translation>已于 {when} 在平台上删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="234"/>
        <source>The edit goes out with the next sync.</source>
        <translation>编辑将在下次同步时发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="235"/>
        <source>The delete goes out with the next sync.</source>
        <translation>删除将在下次同步时发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="237"/>
        <source>mbdesk lost the server&apos;s answer; it checks whether the post arrived and never sends it twice. {reason}</source>
        <translation>mbdesk 没有收到服务器的回复；它会查看帖子是否已发出，绝不会发两次。{reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="241"/>
        <source>Its time passed while mbdesk could not publish: send it now, or cancel it.</source>
        <translation>mbdesk 无法发布期间已过发布时间：请立即发送或取消。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="244"/>
        <source>The server holds this post and publishes it at its time, even with mbdesk closed.</source>
        <translation>服务器保存着这条帖子，会按时发布，即使 mbdesk 已关闭。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="285"/>
        <source>Send again?</source>
        <translation>再次发送？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="286"/>
        <source>mbdesk could not find out whether this post arrived. Look at the account on the platform first.

Is the post NOT there? Then it is sent again now. If it is there, choose No and cancel the post instead.

{text}</source>
        <translation>mbdesk 无法确认这条帖子是否已发出。请先在平台上查看该账号。

帖子不在那里吗？那么现在再次发送。如果它已经在那里，请选择“否”，然后取消这条帖子。

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="349"/>
        <source>This post is deleted (or its delete is on the way).</source>
        <translation>此帖子已删除（或删除正在进行）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="350"/>
        <source>Only a post that went out can be edited or deleted.</source>
        <translation>只有已发出的帖子才能编辑或删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="352"/>
        <source>Edit or delete</source>
        <translation>编辑或删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="362"/>
        <source>Cancel this post? It will not be published.

{text}</source>
        <translation>取消这条帖子吗？它将不会被发布。

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="364"/>
        <source>Cancel this edit? The post keeps its text.

{text}</source>
        <translation>取消这次编辑吗？帖子保留原来的文字。

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="366"/>
        <source>Cancel this delete? The post stays up.

{text}</source>
        <translation>取消这次删除吗？帖子将继续保留。

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="381"/>
        <source>The server holds this post; it can be taken back once sync has started.</source>
        <translation>服务器保存着这条帖子；同步开始后才能撤回。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="384"/>
        <source>Taking the post back from the server…</source>
        <translation>正在从服务器撤回帖子…</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="84"/>
        <source>will not go out: this account needs re-authorization (Accounts → Re-authorize…)</source>
        <translation>不会发出：此账号需要重新授权（账号 → 重新授权…）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="90"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="105"/>
        <source>deleted on {when}</source>
        <translation>已于 {when} 删除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="110"/>
        <source>due after this account&apos;s sign-in runs out — re-authorize it first (Accounts)</source>
        <translation>在该账号授权到期之后才到时——请先重新授权（账号）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="130"/>
        <source>local scheduling only: kept by mbdesk (this server cannot hold scheduled posts) — keep mbdesk or &apos;mbdesk sync&apos; running at the time</source>
        <translation>仅本地定时：由 mbdesk 保存（此服务器不能保存定时帖子）——到时请保持 mbdesk 或“mbdesk sync”在运行</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="137"/>
        <source>scheduled on the server</source>
        <translation>已在服务器定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="139"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="140"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="141"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="142"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="143"/>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="144"/>
        <source>held: its time passed while mbdesk was closed</source>
        <translation>已暂缓：mbdesk 关闭期间已过发布时间</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="74"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="75"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="76"/>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="77"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="78"/>
        <source>Last interaction</source>
        <translation>最近互动</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="79"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="80"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="102"/>
        <source>lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="110"/>
        <source>Already following when mbdesk first looked at this account</source>
        <translation>mbdesk 第一次查看此账号时已在关注</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="47"/>
        <location filename="../../mbdesk/ui/models/accounts.py" line="59"/>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="49"/>
        <source>Sandbox (offline test server)</source>
        <translation>沙盒（离线测试服务器）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="57"/>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
</context>
<context>
    <name>PostChange</name>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="100"/>
        <source>This server ({software}) does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>此服务器（{software}）不允许编辑已发送的帖子。要删除它并重新发布新文字吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="104"/>
        <source>{platform} does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>{platform} 不允许编辑已发送的帖子。要删除它并重新发布新文字吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="112"/>
        <source>Yes deletes the post (after one more confirmation) and copies its text, so you can post the corrected text from Compose.</source>
        <translation>选择“是”将删除该帖子（需再确认一次）并复制其文字，你可以在“撰写”中发布改正后的文字。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="116"/>
        <source>Edit sent post</source>
        <translation>编辑已发送的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="130"/>
        <source>Delete this post on {platform} for everyone? This cannot be undone. mbdesk deletes it once, also when the connection drops, and keeps its texts in the history.

{text}</source>
        <translation>要在 {platform} 上为所有人删除此帖子吗？此操作无法撤销。即使连接中断，mbdesk 也只删除一次，并在历史记录中保留它的文字。

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="139"/>
        <source>Delete sent post</source>
        <translation>删除已发送的帖子</translation>
    </message>
</context>
<context>
    <name>PostDetailsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="314"/>
        <source>Scheduled post</source>
        <translation>定时帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="317"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="318"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="319"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="325"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>PostFieldsBox</name>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="48"/>
        <source>Optional: a warning shown before the text, which stays hidden until opened</source>
        <translation>可选：显示在正文前的提醒，正文在展开前保持隐藏</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="51"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="52"/>
        <source>Unlisted (not in public timelines)</source>
        <translation>不公开列出（不出现在公共时间线）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="53"/>
        <source>Followers only</source>
        <translation>仅关注者</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="54"/>
        <source>Mentioned people only</source>
        <translation>仅被提及的人</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="59"/>
        <source>Not set (the account&apos;s default)</source>
        <translation>未设置（使用账号默认）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="63"/>
        <source>Mastodon shows this line first and hides the text until it is opened; other platforms do not get it.</source>
        <translation>Mastodon 先显示这一行，正文在展开前隐藏；其他平台不会收到它。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="65"/>
        <source>Mastodon only: who can see the post.</source>
        <translation>仅 Mastodon：谁能看到这条帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="67"/>
        <source>Sent to Mastodon and Bluesky, where readers filter and translate posts by it.</source>
        <translation>发送给 Mastodon 和 Bluesky，读者可据此筛选和翻译帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="68"/>
        <source>Content warning</source>
        <translation>内容警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="69"/>
        <source>Who sees it</source>
        <translation>谁能看到</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="70"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>QueueSlotsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="42"/>
        <source>Queue slots</source>
        <translation>队列时段</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="49"/>
        <source>Times of day when “Add to queue” may place this account&apos;s posts, per weekday (for example 09:00, 12:30, 19:00).</source>
        <translation>“加入队列”可为此账号安排帖子的时间点，按星期设置（例如 09:00, 12:30, 19:00）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="53"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="58"/>
        <source>no slots</source>
        <translation>无时段</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="62"/>
        <source>Copy Monday to Tuesday–Friday</source>
        <translation>将周一复制到周二至周五</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="92"/>
        <source>“{text}” is not a list of times like 09:00, 12:30.</source>
        <translation>“{text}”不是时间列表，应类似 09:00, 12:30。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="36"/>
        <source>{when} does not exist in {zone}: the clocks skip that hour (daylight saving time). Pick a time outside it.</source>
        <translation>{when} 在 {zone} 中不存在：夏令时调整会跳过这个小时。请选择其他时间。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="41"/>
        <source>{when} is more than {years} years ahead. Check the year.</source>
        <translation>{when} 距今超过 {years} 年。请检查年份。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="44"/>
        <source>{when} is in the past. Pick a future time.</source>
        <translation>{when} 已经过去。请选择将来的时间。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="57"/>
        <source>Schedule post</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="77"/>
        <source>Time zone: {zone}</source>
        <translation>时区：{zone}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="90"/>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="135"/>
        <source>A suggested time has passed while the dialog was open. Pick a time, or open the dialog again.</source>
        <translation>对话框打开期间，某个建议时间已经过去。请选择时间，或重新打开对话框。</translation>
    </message>
</context>
<context>
    <name>ScheduleImport</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="130"/>
        <source>The file is not UTF-8 text (byte {byte} on line {line}). Save it as “CSV UTF-8” and import it again.</source>
        <translation>该文件不是 UTF-8 文本（第 {line} 行的字节 {byte}）。请另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="134"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="137"/>
        <source>The file has no header row.</source>
        <translation>文件没有标题行。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="140"/>
        <source>The CSV cannot be read at line {line}: {error}.</source>
        <translation>无法读取 CSV 第 {line} 行：{error}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="143"/>
        <source>Missing column(s): {missing}. The header has: {found}.</source>
        <translation>缺少列：{missing}。标题行包含：{found}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="146"/>
        <source>More than {max} rows; split the file.</source>
        <translation>超过 {max} 行；请拆分文件。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="149"/>
        <source>No date/time.</source>
        <translation>没有日期/时间。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="152"/>
        <source>Cannot read the date/time “{value}” (use e.g. 2026-05-04 09:00).</source>
        <translation>无法识别日期/时间“{value}”（请使用如 2026-05-04 09:00 的格式）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="155"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>未知时区“{zone}”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="158"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour (daylight saving time).</source>
        <translation>{value} 在 {zone} 中不存在：夏令时调整会跳过这个小时。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="162"/>
        <source>{value} is in the past.</source>
        <translation>{value} 已经过去。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="165"/>
        <source>{value} is more than {years} years ahead; check the year.</source>
        <translation>{value} 距今超过 {years} 年；请检查年份。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="168"/>
        <source>No account.</source>
        <translation>没有账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="171"/>
        <source>Unknown account “{account}”.</source>
        <translation>未知账号“{account}”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="174"/>
        <source>No text and no media.</source>
        <translation>没有正文，也没有媒体。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="177"/>
        <source>The text is {count} long; {account} ({platform}) accepts {limit}.</source>
        <translation>正文长度为 {count}；{account}（{platform}）最多接受 {limit}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="180"/>
        <source>Cannot count text for the platform {platform}.</source>
        <translation>无法为平台 {platform} 计算字数。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="183"/>
        <source>Media file not found: {path}.</source>
        <translation>找不到媒体文件：{path}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="186"/>
        <source>Alt text given without a media file.</source>
        <translation>提供了替代文字，但没有媒体文件。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="189"/>
        <source>The row has {count} fields; the header has {expected}.</source>
        <translation>该行有 {count} 个字段；标题行有 {expected} 个。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="194"/>
        <source>The media file {path} is outside the CSV&apos;s folder; move it next to the CSV, or allow files outside it below.</source>
        <translation>媒体文件 {path} 不在 CSV 所在的文件夹内；请把它移到 CSV 旁边，或在下方允许使用文件夹以外的文件。</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="225"/>
        <source>Holds scheduled posts</source>
        <translation>代存定时帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="226"/>
        <source>Moves or cancels posts it holds</source>
        <translation>可改期或取消代存的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="227"/>
        <source>Honours Idempotency-Key</source>
        <translation>支持 Idempotency-Key（防重复发布）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="228"/>
        <source>Mentions from strangers (notification requests)</source>
        <translation>陌生人的提及（通知请求）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="230"/>
        <location filename="../../mbdesk/ui/models/accounts.py" line="376"/>
        <source>Follow requests</source>
        <translation>关注请求</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="231"/>
        <source>Reads post metrics in batches</source>
        <translation>批量读取帖子数据</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="232"/>
        <source>Quote posts</source>
        <translation>引用帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="233"/>
        <source>Rate-limit headers</source>
        <translation>告知请求限额</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="234"/>
        <source>Reads mentions, followers and metrics (X access level)</source>
        <translation>读取提及、粉丝和数据（X 访问级别）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="236"/>
        <source>Shows only part of a large follower list</source>
        <translation>只显示大型粉丝列表的一部分</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="245"/>
        <source>mbdesk finds this out at the next sync.</source>
        <translation>mbdesk 会在下次同步时查明。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="247"/>
        <source>Scheduled posts are handed to the server and go out even with mbdesk closed.</source>
        <translation>定时帖子交给服务器保管，即使关闭 mbdesk 也会按时发出。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="250"/>
        <source>Scheduled posts: kept by mbdesk (this server cannot hold them) — keep mbdesk or &apos;mbdesk sync&apos; running at the time.</source>
        <translation>定时帖子：由 mbdesk 保管（这个服务器无法代存）——到时请保持 mbdesk 或 “mbdesk sync” 运行。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="254"/>
        <source>Moving or cancelling a post the server holds changes it there too.</source>
        <translation>改期或取消服务器代存的帖子时，服务器上也会同步更改。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="257"/>
        <source>Posts are not handed to the server; mbdesk keeps them so you can still change them.</source>
        <translation>帖子不交给服务器；由 mbdesk 保管，你仍可随时修改。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="261"/>
        <source>If an answer is lost, sending again cannot publish the post twice.</source>
        <translation>即使回复丢失，重新发送也不会发布两次。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="264"/>
        <source>If an answer is lost, mbdesk first looks for the post on the server and never sends it twice.</source>
        <translation>回复丢失时，mbdesk 会先在服务器上查找这条帖子，绝不重复发送。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="268"/>
        <source>Mentions the server filtered from people you do not follow reach your inbox too.</source>
        <translation>服务器过滤掉的、来自你未关注的人的提及，也会进入你的收件箱。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="271"/>
        <source>Mentions the server filters away do not reach mbdesk; check them on the server&apos;s website.</source>
        <translation>被服务器过滤的提及不会到达 mbdesk；请到服务器网站查看。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="275"/>
        <source>Accept or reject people who ask to follow you, in Followers.</source>
        <translation>在“粉丝”页面接受或拒绝请求关注你的人。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="277"/>
        <source>Answer follow requests on the server&apos;s website.</source>
        <translation>请到服务器网站处理关注请求。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="279"/>
        <source>Likes and boosts of many posts come in one request.</source>
        <translation>多条帖子的点赞和转发一次请求就能取回。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="281"/>
        <source>Likes and boosts are read one post at a time: slower, but they still come.</source>
        <translation>点赞和转发逐条读取：慢一些，但仍会取回。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="284"/>
        <source>People can quote your posts.</source>
        <translation>别人可以引用你的帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="285"/>
        <source>This server does not show quote posts.</source>
        <translation>这个服务器不显示引用帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="287"/>
        <source>The server says how many requests are left, so mbdesk slows down in time.</source>
        <translation>服务器会告知剩余请求数，mbdesk 能及时放慢。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="290"/>
        <source>mbdesk slows down only when the server says it is busy.</source>
        <translation>只有服务器表示繁忙时 mbdesk 才会放慢。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="292"/>
        <source>This app&apos;s X access level lets mbdesk read mentions, followers and post metrics.</source>
        <translation>此应用的 X 访问级别允许 mbdesk 读取提及、粉丝和帖子数据。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="295"/>
        <source>This app&apos;s X access level allows posting only: mentions, followers and metrics are not available with it. mbdesk asks again daily and on Sync now.</source>
        <translation>此应用的 X 访问级别只允许发帖：无法读取提及、粉丝和数据。mbdesk 每天以及点击“立即同步”时会再次检查。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="299"/>
        <source>The server hands apps only part of a large follower list: Followers lists those it shows; the follower count is the full one.</source>
        <translation>服务器只向应用提供大型粉丝列表的一部分：“粉丝”只列出它给出的人；粉丝数是完整的。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="303"/>
        <source>Followers lists everyone who follows the account.</source>
        <translation>“粉丝”列出关注此账号的所有人。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="311"/>
        <source>not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="312"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="312"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="341"/>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="359"/>
        <source>Characters per post</source>
        <translation>每帖字数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="362"/>
        <source>Characters per link</source>
        <translation>每个链接计字数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="363"/>
        <source>Every link counts as this many characters, however long it is.</source>
        <translation>无论链接多长，都按这么多字计算。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="366"/>
        <source>Images per post</source>
        <translation>每帖图片数</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="373"/>
        <source>Checking the server</source>
        <translation>检查服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="374"/>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="375"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="377"/>
        <source>Watched words</source>
        <translation>监控的关键词</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="378"/>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="379"/>
        <source>Daily counts</source>
        <translation>每日统计</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="380"/>
        <source>Likes and boosts</source>
        <translation>点赞和转发</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="381"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="407"/>
        <source>ok · {time}</source>
        <translation>正常 · {time}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="408"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="410"/>
        <source>The other steps still ran; this one is tried again at the next sync.</source>
        <translation>其他步骤照常运行；这一步会在下次同步时重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="413"/>
        <source>failed · {time}</source>
        <translation>失败 · {time}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="414"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="416"/>
        <source>not available with this app&apos;s access level</source>
        <translation>此应用的访问级别不支持</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="417"/>
        <source>Posting still works. mbdesk asks again daily and on Sync now; a higher access level of your X app enables it.</source>
        <translation>发帖仍然正常。mbdesk 每天以及点击“立即同步”时会再次检查；X 应用升级到更高的访问级别即可使用。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="420"/>
        <source>not available on this server</source>
        <translation>此服务器不提供</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="421"/>
        <source>mbdesk checks again later, in case the server adds it.</source>
        <translation>mbdesk 稍后会再检查，以防服务器新增此功能。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="424"/>
        <source>This step runs less often than every sync.</source>
        <translation>这一步不是每次同步都运行。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="426"/>
        <source>not due (ran {time})</source>
        <translation>未到时间（上次 {time}）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="427"/>
        <source>not due</source>
        <translation>未到时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="436"/>
        <source>1 item from the server could not be read</source>
        <translation>服务器发来的 1 项内容无法读取</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="437"/>
        <source>{count} items from the server could not be read</source>
        <translation>服务器发来的 {count} 项内容无法读取</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="449"/>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="43"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="47"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="51"/>
        <source>System time zone</source>
        <translation>系统时区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="55"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="58"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="59"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="59"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="62"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="65"/>
        <source>Hold them and ask me</source>
        <translation>暂缓并询问我</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="66"/>
        <source>Send them right away</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="68"/>
        <source>Posts whose time passed while mbdesk was closed</source>
        <translation>mbdesk 关闭期间已到发布时间的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="69"/>
        <source>Missed posts</source>
        <translation>错过的帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="76"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="81"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="84"/>
        <source>Tokens are kept in the system keyring ({backend}).</source>
        <translation>令牌保存在系统密钥环（{backend}）中。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="88"/>
        <source>No secure keyring was found: mbdesk will not store account tokens unless you allow plaintext storage below.</source>
        <translation>未找到安全的密钥环：除非你在下方允许明文存储，否则 mbdesk 不会保存账号令牌。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="93"/>
        <source>Allow a plaintext token file when no keyring exists</source>
        <translation>没有密钥环时，允许使用明文令牌文件</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="95"/>
        <source>Not recommended: anyone who can read your files can then use your accounts.</source>
        <translation>不推荐：任何能读取你文件的人都可以使用你的账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="107"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="108"/>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="112"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="114"/>
        <source>A new language takes effect the next time mbdesk starts.</source>
        <translation>新的语言将在下次启动 mbdesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="139"/>
        <source>From the system ({country})</source>
        <translation>跟随系统（{country}）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="140"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="141"/>
        <source>No holidays</source>
        <translation>不显示节假日</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="148"/>
        <source>Public holidays on the calendar</source>
        <translation>日历上显示的公共假日</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="151"/>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="157"/>
        <source>no warning</source>
        <translation>不警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="153"/>
        <source>Warn above, posts a day per account</source>
        <translation>每个账号每天帖子数超过此值时警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="156"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="159"/>
        <source>Warn when two posts are closer than</source>
        <translation>两条帖子间隔小于此值时警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="160"/>
        <source>Warn outside an account&apos;s best hours</source>
        <translation>不在账号的最佳时段时警告</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="162"/>
        <source>Best hours come from the engagement of the account&apos;s own posts (20 or more).</source>
        <translation>最佳时段根据该账号自己帖子的互动得出（需要 20 条或更多）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="189"/>
        <source>Unknown time zone “{zone}”. Pick one from the list, for example Europe/Madrid or Asia/Shanghai.</source>
        <translation>未知时区“{zone}”。请从列表中选择，例如 Europe/Madrid 或 Asia/Shanghai。</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="53"/>
        <source>Snippets</source>
        <translation>常用语</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="57"/>
        <source>Name, e.g. Opening hours</source>
        <translation>名称，例如 营业时间</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="59"/>
        <source>Text inserted at the cursor</source>
        <translation>在光标处插入的文字</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="60"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="61"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="93"/>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="125"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="98"/>
        <source>New snippet</source>
        <translation>新常用语</translation>
    </message>
</context>
<context>
    <name>SnippetsMenu</name>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="42"/>
        <source>No snippets yet</source>
        <translation>还没有常用语</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="45"/>
        <source>Manage snippets…</source>
        <translation>管理常用语…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="107"/>
        <source>Updating the database to a newer format…
This happens once and can take a minute for a large inbox.</source>
        <translation>正在将数据库更新为新格式…
只需一次；收件箱很大时可能需要一分钟。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="177"/>
        <source>Restore last backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="179"/>
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
    <message>
        <location filename="../../mbdesk/ui/status.py" line="107"/>
        <source>Last synced {0}</source>
        <translation>上次同步：{0}</translation>
    </message>
</context>
<context>
    <name>StoredText</name>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="26"/>
        <source>the X API</source>
        <translation>X API</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="27"/>
        <source>the {platform} server</source>
        <translation>{platform} 服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="37"/>
        <source>The sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="55"/>
        <source>Could not reach {server} ({where}).</source>
        <translation>无法连接{server}（{where}）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="60"/>
        <source>{server} did not answer after the request was sent ({where}); it may or may not have been applied.</source>
        <translation>请求发出后{server}没有响应（{where}）；可能已生效，也可能没有。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="65"/>
        <source>{server} did not answer ({where}).</source>
        <translation>{server}没有响应（{where}）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="70"/>
        <source>The server did not answer (timed out after {n} attempts). Check the connection, then retry.</source>
        <translation>服务器没有响应（{n} 次尝试均超时）。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="75"/>
        <source>The connection dropped after the post was sent; mbdesk checks whether it was published before trying again.</source>
        <translation>发送帖子后连接中断；mbdesk 会先确认它是否已发布，再决定是否重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="80"/>
        <source>This server cannot hold scheduled posts; mbdesk publishes them itself at their time — keep mbdesk or &apos;mbdesk sync&apos; running then.</source>
        <translation>此服务器不能保存定时帖子；mbdesk 会在时间到时自己发布——届时请保持 mbdesk 或“mbdesk sync”运行。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="85"/>
        <source>The server would not hold this post ({reason}); mbdesk publishes it itself at its time — keep mbdesk or &apos;mbdesk sync&apos; running then.</source>
        <translation>服务器不肯保存这条帖子（{reason}）；mbdesk 会在时间到时自己发布——届时请保持 mbdesk 或“mbdesk sync”运行。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="91"/>
        <source>Interrupted by an internal error; checking the server before anything is sent again.</source>
        <translation>因内部错误中断；再次发送前会先检查服务器。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="95"/>
        <source>Interrupted while sending; checking the server before anything is sent again.</source>
        <translation>发送时被中断；再次发送前会先检查服务器。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="101"/>
        <source>This server ignores scheduling: it published this post at once instead of at {when}. Later posts of this account are kept by mbdesk and published at their time.</source>
        <translation>此服务器忽略定时：它立即发布了这条帖子，而不是在 {when}。此账号以后的帖子由 mbdesk 保存并按时发布。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="107"/>
        <source>Check on the platform whether it is there: if not, Retry sends it; if it is, Cancel stops the checks.</source>
        <translation>请到平台上查看它是否已发布：如果没有，点“重试”发送；如果已发布，点“取消”停止检查。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="112"/>
        <source>The server no longer holds this scheduled post and did not publish it (cancelled or deleted outside mbdesk?).</source>
        <translation>服务器上已没有这条定时帖子，也没有发布它（是否在 mbdesk 之外取消或删除了？）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="116"/>
        <source>Its time ({when}) passed while mbdesk could not publish; sent late.</source>
        <translation>它的时间（{when}）在 mbdesk 无法发布时已过；已延后发送。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="121"/>
        <source>Its time ({when}) passed while mbdesk could not publish; held until you send, move or cancel it.</source>
        <translation>它的时间（{when}）在 mbdesk 无法发布时已过；在你发送、移动或取消之前暂不发布。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="126"/>
        <source>Checked: the earlier attempt is not on the server, so it will be sent again.</source>
        <translation>已检查：之前的尝试不在服务器上，因此会再次发送。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="130"/>
        <source>Sent late on your request.</source>
        <translation>已按你的要求延后发送。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="133"/>
        <source>A post moved in the calendar could not be moved on the server yet ({reason}); mbdesk tries again at the next sync.</source>
        <translation>在日历中移动的帖子暂时无法在服务器上移动（{reason}）；mbdesk 会在下次同步时重试。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="138"/>
        <source>Not available on this server ({reason}).</source>
        <translation>此服务器不支持（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="142"/>
        <source>{platform} rate limit reached ({where}); waiting.</source>
        <translation>已达到 {platform} 的频率限制（{where}）；正在等待。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="146"/>
        <source>{platform} refused {where} (HTTP {code}): {text}</source>
        <translation>{platform} 拒绝了 {where}（HTTP {code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="150"/>
        <source>The {platform} server failed (HTTP {code}, {where}).</source>
        <translation>{platform} 服务器出错（HTTP {code}，{where}）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="155"/>
        <source>{platform} no longer accepts this account&apos;s authorization ({text}). Authorize the account again.</source>
        <translation>{platform} 不再接受此账号的授权（{text}）。请重新授权该账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="162"/>
        <source>This server ({software}) does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>此服务器（{software}）不允许编辑已发送的帖子。要删除它并重新发布新文本吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="165"/>
        <source>This server does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>此服务器不允许编辑已发送的帖子。要删除它并重新发布新文本吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="170"/>
        <source>{platform} does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>{platform} 不允许编辑已发送的帖子。要删除它并重新发布新文本吗？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="174"/>
        <source>{platform} does not allow deleting a sent post.</source>
        <translation>{platform} 不允许删除已发送的帖子。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="178"/>
        <source>Only a sent post or reply can be edited or deleted.</source>
        <translation>只有已发送的帖子或回复才能编辑或删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="181"/>
        <source>Only a post that went out can be edited or deleted.</source>
        <translation>只有已发出的帖子才能编辑或删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="184"/>
        <source>This post is deleted (or its delete is on the way).</source>
        <translation>此帖子已删除（或删除正在进行中）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="187"/>
        <source>The post was deleted before this edit went out.</source>
        <translation>在此编辑发出之前，帖子已被删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="190"/>
        <source>It was already gone.</source>
        <translation>它已经不在了。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="192"/>
        <source>The new text is empty. To take the post down, delete it.</source>
        <translation>新文本为空。要撤下帖子，请删除它。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="195"/>
        <source>The new text is the same as the post&apos;s text.</source>
        <translation>新文本与帖子的文本相同。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="199"/>
        <source>The new text is {count} long; the server accepts {limit}. Shorten it.</source>
        <translation>新文本长度为 {count}；服务器接受 {limit}。请缩短。</translation>
    </message>
</context>
<context>
    <name>SuggestionRulesDialog</name>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="24"/>
        <source>Suggestion rules</source>
        <translation>建议规则</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="25"/>
        <source>mbdesk suggests tags by these rules. A suggestion is only shown in the person panel: you accept or dismiss it.</source>
        <translation>mbdesk 按这些规则建议标签。建议只显示在人物面板中，由你决定接受或忽略。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="29"/>
        <source>…or the account is verified (bots are never suggested)</source>
        <translation>…或该账号已认证（从不建议机器人账号）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="34"/>
        <source>Suggest “potential customer?” when someone asks a purchase question (price, how to buy, shipping…)</source>
        <translation>有人询问购买问题（价格、购买方式、运费…）时建议“潜在客户？”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="37"/>
        <source>Purchase phrases in Chinese, Spanish and English come from resources/lexicons; add your own in a “lexicons” folder inside the data folder (purchase_mine.txt, one phrase a line).</source>
        <translation>中文、西班牙文和英文的购买用语来自 resources/lexicons；你可以在数据文件夹中的“lexicons”文件夹里添加自己的用语（purchase_mine.txt，每行一条）。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="48"/>
        <source>Suggest “KOL?” when a person has at least</source>
        <translation>当一个人至少有</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="49"/>
        <source>followers</source>
        <translation>位粉丝时，建议“KOL？”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="51"/>
        <source>Suggest “engaged” after</source>
        <translation>当对方提及店铺</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="52"/>
        <source>mentions of the shop within</source>
        <translation>次，且都在</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="53"/>
        <source>days</source>
        <translation>天之内时，建议“活跃”</translation>
    </message>
</context>
<context>
    <name>SummaryTile</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="295"/>
        <source>no data in this range</source>
        <translation>此时间段内无数据</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="296"/>
        <source>{sign}{n} in this range</source>
        <translation>此时间段内 {sign}{n}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="300"/>
        <source>Mentions (30 days): {0}</source>
        <translation>提及（30 天）：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="301"/>
        <source>Posts (30 days): {0}</source>
        <translation>帖子（30 天）：{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="302"/>
        <source>Median engagement per post: {0}</source>
        <translation>每条帖子互动中位数：{0}</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="140"/>
        <source>Starting sync…</source>
        <translation>正在开始同步…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="265"/>
        <source>Sync could not start; details are in the log.</source>
        <translation>同步无法启动，详情见日志。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="297"/>
        <source>Sync idle — no accounts yet</source>
        <translation>同步空闲——还没有账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="310"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/services/sync_service.py" line="313"/>
        <source>Offline — %n item(s) wait in the outbox</source>
        <translation>
            <numerusform>离线——%n 项在发件箱中等待</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="315"/>
        <source>The system keyring is not available right now; mbdesk retries — unlock it or start it</source>
        <translation>系统密钥环暂时不可用；mbdesk 会重试——请解锁或启动它</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="318"/>
        <source>An account needs to be authorized again</source>
        <translation>有账号需要重新授权</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="320"/>
        <source>Rate limited — waiting for the server</source>
        <translation>已达频率限制——正在等待服务器</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="322"/>
        <source>Some accounts are offline; retrying</source>
        <translation>部分账号离线，正在重试</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="324"/>
        <source>Sync error — see the account&apos;s status</source>
        <translation>同步出错——请查看账号状态</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="326"/>
        <source>Synced, but some steps failed — see Accounts</source>
        <translation>已同步，但有些步骤失败 — 请查看“账号”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="327"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="76"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="77"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="78"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="79"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="80"/>
        <source>Keyring not available</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="81"/>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="82"/>
        <source>Up to date, some steps failed</source>
        <translation>已是最新，有些步骤失败</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="83"/>
        <source>Rate limited</source>
        <translation>已达频率限制</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="84"/>
        <source>Waiting for sign-in</source>
        <translation>等待登录</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="85"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="48"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="55"/>
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="56"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="57"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="58"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="59"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="76"/>
        <source>Customer, KOL and potential customer are built in: they can be renamed and recoloured, not deleted.</source>
        <translation>客户、KOL 和潜在客户是内置标签：可以重命名和更改颜色，但不能删除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="98"/>
        <source>{name} · {n} people</source>
        <translation>{name} · {n} 人</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="101"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="139"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="139"/>
        <source>Name of the new tag:</source>
        <translation>新标签的名称：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="150"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="150"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="170"/>
        <source>Merge tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="171"/>
        <source>Move everyone tagged “{0}” to:</source>
        <translation>把所有带“{0}”标签的人移到：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="178"/>
        <source>Merged “{0}” into “{1}”.</source>
        <translation>已将“{0}”合并到“{1}”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="186"/>
        <source>Delete the tag “{name}”? It is removed from {n} people.</source>
        <translation>删除标签“{name}”吗？它会从 {n} 人身上移除。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="191"/>
        <source>Deleted “{0}”.</source>
        <translation>已删除“{0}”。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="206"/>
        <source>Tag colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="210"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
</context>
<context>
    <name>TagNames</name>
    <message>
        <location filename="../../mbdesk/ui/tag_names.py" line="20"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_names.py" line="21"/>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_names.py" line="22"/>
        <source>Potential customer</source>
        <translation>潜在客户</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="38"/>
        <source>own text</source>
        <translation>专用正文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="47"/>
        <location filename="../../mbdesk/ui/compose/targets.py" line="75"/>
        <source>Edit for this account</source>
        <translation>为此账号单独编辑</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="74"/>
        <source>Back to the shared text</source>
        <translation>改回通用正文</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="90"/>
        <source>{platform} counts {used} of {limit}</source>
        <translation>{platform} 计数：{used} / {limit}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="93"/>
        <source>too long: the server would refuse it</source>
        <translation>太长：服务器会拒绝</translation>
    </message>
</context>
<context>
    <name>UtmDialog</name>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="34"/>
        <source>Link tagging (UTM)</source>
        <translation>链接标记（UTM）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="38"/>
        <source>Mastodon, Bluesky and Weibo do not tell you how many people clicked a link in your post. Tagged links do: each visit from a post shows up in your shop&apos;s own web analytics (for example under Acquisition → Campaigns) with the source, medium and campaign below. Only links to your own domains are tagged; links you tagged yourself are left as they are; replies are never tagged.</source>
        <translation>Mastodon、Bluesky 和微博不会告诉你有多少人点击了帖子里的链接。带标记的链接可以：每次从帖子来的访问都会以下面的来源、媒介和活动名出现在你网店自己的网站统计里（例如“流量获取 → 广告系列”）。只标记指向你自己域名的链接；你自己已标记的链接保持原样；回复从不标记。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="45"/>
        <source>Your shop&apos;s domains (subdomains count too):</source>
        <translation>你网店的域名（子域名也算）：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="48"/>
        <source>e.g. myshop.com, shop.example.cn</source>
        <translation>例如 myshop.com, shop.example.cn</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="52"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="52"/>
        <source>Tag links</source>
        <translation>标记链接</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="53"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="53"/>
        <source>Medium</source>
        <translation>媒介</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="78"/>
        <source>No accounts yet.</source>
        <translation>还没有账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="105"/>
        <source>No account tags links.</source>
        <translation>没有账号标记链接。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="108"/>
        <source>List at least one domain: until then no link is tagged.</source>
        <translation>请至少填写一个域名：在此之前不会标记任何链接。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="114"/>
        <source>spring-sale</source>
        <translation>spring-sale</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="115"/>
        <source>Example: {url}</source>
        <translation>示例：{url}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="120"/>
        <source>Tagging is on for an account but no domain is listed: add your shop&apos;s domain, or untick the accounts.</source>
        <translation>有账号开启了标记，但没有填写域名：请添加你网店的域名，或取消勾选这些账号。</translation>
    </message>
</context>
<context>
    <name>UtmLine</name>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="33"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="36"/>
        <source>e.g. spring-sale (utm_campaign)</source>
        <translation>例如 spring-sale（utm_campaign）</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="38"/>
        <source>Added to links to your shop as utm_campaign, so your web analytics show the visits this post brought</source>
        <translation>作为 utm_campaign 加到指向你网店的链接上，这样网站统计能显示这条帖子带来的访问</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="84"/>
        <source>Links as they will be sent:</source>
        <translation>发送时的链接：</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="87"/>
        <source>No link to your shop in the text yet: links to your own domains get tagged.</source>
        <translation>正文里还没有指向你网店的链接：指向你自己域名的链接会被标记。</translation>
    </message>
</context>
<context>
    <name>WatchesDialog</name>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="35"/>
        <source>Keyword watches</source>
        <translation>关键词监控</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="46"/>
        <source>A word, a product, a competitor or #hashtag</source>
        <translation>一个词、一件商品、一个竞争对手或 #话题标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="48"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="49"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="56"/>
        <source>Watches are searched on the account&apos;s server at each sync (hashtags through the tag timeline; words only where the server offers full-text search). Untick to pause one.</source>
        <translation>每次同步时都会在账号所在的服务器上搜索监控词（话题标签通过标签时间线搜索；普通词语仅在服务器支持全文搜索时可用）。取消勾选即可暂停某一项。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="80"/>
        <source>{query}  ({hits} found)</source>
        <translation>{query}（找到 {hits} 条）</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="50"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="51"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="52"/>
        <source>&amp;Export workspace…</source>
        <translation>导出工作区(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="71"/>
        <source>mbdesk</source>
        <translation>mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="91"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="92"/>
        <source>mbdesk backups (*.zip)</source>
        <translation>mbdesk 备份 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="96"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="100"/>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="101"/>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="102"/>
        <source>The backup is in {path}.
It holds the database and the images. Access tokens stay in this computer&apos;s keyring: after restoring on another computer, sign in to each account again.</source>
        <translation>备份位于 {path}。
其中包含数据库和图片。访问令牌保留在本机的钥匙环中：在另一台电脑上恢复后，请重新登录每个账号。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="105"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="120"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="121"/>
        <source>mbdesk backups (*.zip *.sqlite3);;All files (*)</source>
        <translation>mbdesk 备份 (*.zip *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="125"/>
        <source>Reading the backup…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="131"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="134"/>
        <source>Your current data is kept as a copy in the backups folder. mbdesk restarts to finish; anything typed and not yet saved is saved first.</source>
        <translation>当前数据会作为副本保存在备份文件夹中。mbdesk 将重新启动以完成恢复；尚未保存的输入会先保存。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="136"/>
        <source>Restore and restart</source>
        <translation>恢复并重启</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="144"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>已取消恢复，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="157"/>
        <source>unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="159"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="159"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="160"/>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="160"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="161"/>
        <source>People</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="161"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="163"/>
        <source>Backup: {name}</source>
        <translation>备份：{name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="164"/>
        <source>Made: {when}</source>
        <translation>创建时间：{when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="165"/>
        <source>{label}: {count}</source>
        <translation>{label}：{count}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="168"/>
        <source>Images: {count}</source>
        <translation>图片：{count}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="179"/>
        <source>Export the workspace into an empty folder</source>
        <translation>将工作区导出到一个空文件夹</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="185"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="193"/>
        <source>Exported {tables} tables ({rows} rows) and the images to {path}.</source>
        <translation>已将 {tables} 个表（{rows} 行）和图片导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="197"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
</context>
</TS>
