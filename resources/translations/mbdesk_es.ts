<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountDetailsPanel</name>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="112"/>
        <source>Select an account to see what its server can do and how its last sync went.</source>
        <translation>Selecciona una cuenta para ver qué puede hacer su servidor y cómo fue su última sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="114"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="115"/>
        <source>What this server can do</source>
        <translation>Qué puede hacer este servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="117"/>
        <source>Last sync, step by step</source>
        <translation>Última sincronización, paso a paso</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="162"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="165"/>
        <source>Account domain</source>
        <translation>Dominio de la cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="166"/>
        <source>The part after the second @ in your address, as others see it.</source>
        <translation>La parte tras la segunda @ de tu dirección, tal como la ven los demás.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="169"/>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="170"/>
        <source>at the next sync</source>
        <translation>en la próxima sincronización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/account_details.py" line="171"/>
        <source>mbdesk checks the server again once a day and on Sync now.</source>
        <translation>mbdesk vuelve a comprobar el servidor una vez al día y al pulsar «Sincronizar ahora».</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="66"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="67"/>
        <source>Needs re-authorization</source>
        <translation>Requiere reautorización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="69"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="131"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="131"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="131"/>
        <source>Display name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="132"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="132"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="132"/>
        <source>Last synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="133"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="133"/>
        <source>New mentions</source>
        <translation>Menciones nuevas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="133"/>
        <source>Queued posts</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="134"/>
        <source>Rate limit</source>
        <translation>Límite de uso</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="134"/>
        <source>Last error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="162"/>
        <source>The server no longer accepts mbdesk&apos;s sign-in for this account. Sign in again so scheduled posts can go out.</source>
        <translation>El servidor ya no acepta el inicio de sesión de mbdesk para esta cuenta. Vuelve a iniciar sesión para que salgan las publicaciones programadas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="181"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="197"/>
        <source>OK</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="199"/>
        <source>Paused until {time}</source>
        <translation>En pausa hasta las {time}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="528"/>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="529"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="556"/>
        <source>Re-authorize…</source>
        <translation>Volver a autorizar…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="531"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="532"/>
        <source>Sync the selected account now (all accounts when none is selected)</source>
        <translation>Sincroniza ahora la cuenta seleccionada (todas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="534"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="542"/>
        <source>Link tagging…</source>
        <translation>Etiquetado de enlaces…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="543"/>
        <source>Add UTM tags to links to your shop in posts</source>
        <translation>Añade etiquetas UTM a los enlaces a tu tienda en las publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="574"/>
        <source>No accounts yet — click “Add account…” to connect your shop&apos;s Mastodon, Bluesky or Weibo account.</source>
        <translation>Aún no hay cuentas: haz clic en “Añadir cuenta…” para conectar la cuenta de Mastodon, Bluesky o Weibo de tu tienda.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="609"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="627"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="630"/>
        <source>%n need(s) re-authorization</source>
        <translation>
            <numerusform>%n requiere reautorización</numerusform>
            <numerusform>%n requieren reautorización</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="636"/>
        <source>⚠ {handles}: the server no longer accepts mbdesk&apos;s sign-in. Nothing is published or synced for it until you sign in again.</source>
        <translation>⚠ {handles}: el servidor ya no acepta el inicio de sesión de mbdesk. No se publica ni se sincroniza nada hasta que vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="698"/>
        <source>Sync has not started yet; try again in a moment.</source>
        <translation>La sincronización aún no ha empezado; inténtalo de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="740"/>
        <source>⚠ {handles}: the sign-in runs out in %n day(s), on {date}. Posts due after that will not go out; re-authorize now.</source>
        <translation>
            <numerusform>⚠ {handles}: el inicio de sesión caduca en %n día, el {date}. Lo que toque publicar después no saldrá; vuelve a autorizar ahora.</numerusform>
            <numerusform>⚠ {handles}: el inicio de sesión caduca en %n días, el {date}. Lo que toque publicar después no saldrá; vuelve a autorizar ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="767"/>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="768"/>
        <source>Remove {handle} from mbdesk? Its mentions, followers and queued posts in mbdesk are deleted and its sign-in is removed from the keyring. Nothing changes on the server; drafts stay.</source>
        <translation>¿Quitar {handle} de mbdesk? Se borrarán sus menciones, seguidores y publicaciones en cola dentro de mbdesk, y su inicio de sesión se quitará del llavero. En el servidor no cambia nada; los borradores se conservan.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="778"/>
        <source>Keyring problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="779"/>
        <source>The account was not removed: {reason}</source>
        <translation>No se quitó la cuenta: {reason}</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="221"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="167"/>
        <source>mbdesk opens your browser so you sign in on your own server; your password is never typed here.</source>
        <translation>mbdesk abre tu navegador para que inicies sesión en tu propio servidor; tu contraseña nunca se escribe aquí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="158"/>
        <source>the code, or the whole address the browser shows</source>
        <translation>el código, o la dirección completa que muestra el navegador</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="164"/>
        <source>Open the authorization page</source>
        <translation>Abrir la página de autorización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="169"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="171"/>
        <source>Use an app password, not your main password: in Bluesky open Settings → Privacy and security → App passwords.</source>
        <translation>Usa una contraseña de aplicación, no tu contraseña principal: en Bluesky abre Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="173"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="174"/>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="175"/>
        <source>Service (optional)</source>
        <translation>Servicio (opcional)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="177"/>
        <source>Weibo needs an app registered at open.weibo.com; enter its key and secret, open the authorization page, allow the app and paste the code (or the whole address) here. Every Weibo post must link to the app&apos;s safe domain.</source>
        <translation>Weibo necesita una aplicación registrada en open.weibo.com: escribe su clave y su secreto, abre la página de autorización, autoriza la aplicación y pega aquí el código (o la dirección completa). Cada publicación en Weibo debe enlazar al dominio seguro de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="180"/>
        <source>App key</source>
        <translation>Clave de la aplicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="180"/>
        <source>App secret</source>
        <translation>Secreto de la aplicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="183"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="184"/>
        <source>Safe domain</source>
        <translation>Dominio seguro</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="185"/>
        <source>Default link (optional)</source>
        <translation>Enlace predeterminado (opcional)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="192"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="197"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="206"/>
        <source>Re-authorize {handle}</source>
        <translation>Volver a autorizar {handle}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="207"/>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="236"/>
        <source>X needs your own app at developer.x.com: in its User authentication settings choose OAuth 2.0, type Native App, permissions Read and write, and register the callback address below exactly. Enter the app&apos;s OAuth 2.0 client id; mbdesk opens your browser to sign in. Posting works on every access level; reading mentions, followers and metrics needs a paid one.</source>
        <translation>X necesita tu propia app en developer.x.com: en su User authentication settings elige OAuth 2.0, tipo Native App, permisos Read and write, y registra exactamente la dirección de retorno de abajo. Escribe el client id OAuth 2.0 de la app; mbdesk abre tu navegador para iniciar sesión. Publicar funciona en todos los niveles de acceso; leer menciones, seguidores y métricas necesita uno de pago.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="241"/>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="242"/>
        <source>Callback address</source>
        <translation>Dirección de retorno</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="243"/>
        <source>API address (optional)</source>
        <translation>Dirección de la API (opcional)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="264"/>
        <source>Your browser shows your server&apos;s sign-in page. Allow mbdesk there; this window continues by itself.</source>
        <translation>Tu navegador muestra la página de inicio de sesión de tu servidor. Permite allí el acceso a mbdesk; esta ventana continúa sola.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="268"/>
        <source>Open the page again</source>
        <translation>Abrir la página otra vez</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="270"/>
        <source>&lt;b&gt;Paste the code instead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pegar el código en su lugar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="272"/>
        <source>If the browser cannot come back to mbdesk (another computer, a locked-down browser), open the page that shows a code, allow mbdesk, and paste the code here.</source>
        <translation>Si el navegador no puede volver a mbdesk (otro equipo, un navegador restringido), abre la página que muestra un código, permite el acceso a mbdesk y pega el código aquí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="276"/>
        <source>Open the page with a code</source>
        <translation>Abrir la página con un código</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="281"/>
        <source>Authorization code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="282"/>
        <source>Use this code</source>
        <translation>Usar este código</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="332"/>
        <source>Enter your server&apos;s address, for example mastodon.social.</source>
        <translation>Escribe la dirección de tu servidor, por ejemplo mastodon.social.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="334"/>
        <source>Enter your handle and an app password.</source>
        <translation>Escribe tu usuario y una contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="337"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="411"/>
        <source>Enter the app key and the app secret.</source>
        <translation>Escribe la clave y el secreto de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="339"/>
        <source>Enter your X app&apos;s OAuth 2.0 client id.</source>
        <translation>Escribe el client id OAuth 2.0 de tu app de X.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="341"/>
        <source>Open the authorization page, allow the app, then paste the code.</source>
        <translation>Abre la página de autorización, autoriza la aplicación y pega el código.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="355"/>
        <source>Connecting an account needs the network support, which is not installed in this version yet. Nothing was added; you can try the demo workspace meanwhile.</source>
        <translation>Para conectar una cuenta hace falta la función de red, que aún no está instalada en esta versión. No se añadió nada; mientras tanto, puedes probar el espacio de demostración.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="367"/>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="372"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="374"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="389"/>
        <source>This is not a server address. Enter it like mastodon.social (https://, and a port from 1 to 65535 if it has one).</source>
        <translation>Esto no es una dirección de servidor. Escríbala como mastodon.social (https://, y un puerto de 1 a 65535 si lo tiene).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="398"/>
        <source>Unencrypted connection</source>
        <translation>Conexión sin cifrar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="399"/>
        <source>%1 is reached over plain http: the token and everything mbdesk sends there are not encrypted on the way. Connect anyway?</source>
        <translation>%1 se alcanza por http sin cifrar: el token y todo lo que mbdesk envía allí no van cifrados por el camino. ¿Conectar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="414"/>
        <source>Allow the app in the browser, then paste the code (or the whole address the browser went to) under Code.</source>
        <translation>Autoriza la aplicación en el navegador y pega el código (o la dirección completa a la que fue el navegador) en «Código».</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="425"/>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="431"/>
        <location filename="../../mbdesk/ui/views/accounts.py" line="437"/>
        <source>Waiting for you to allow mbdesk in the browser…</source>
        <translation>Esperando a que permitas el acceso a mbdesk en el navegador…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="457"/>
        <source>This server did not accept mbdesk&apos;s sign-in address, so the browser cannot come back to mbdesk by itself.</source>
        <translation>Este servidor no aceptó la dirección de inicio de sesión de mbdesk, así que el navegador no puede volver a mbdesk por sí solo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="460"/>
        <source>Paste the code instead: the page with a code is open in your browser; allow mbdesk there and paste the code here.</source>
        <translation>Pega el código en su lugar: la página con el código está abierta en tu navegador; permite allí el acceso a mbdesk y pega el código aquí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="493"/>
        <source>Could not connect: {reason}</source>
        <translation>No se pudo conectar: {reason}</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="196"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="198"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="450"/>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="455"/>
        <source>Follower growth</source>
        <translation>Crecimiento de seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="471"/>
        <source>Show one account on every tab, or all of them</source>
        <translation>Mostrar una cuenta en todas las pestañas, o todas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="473"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="477"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="477"/>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="478"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="478"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="494"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="495"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="768"/>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="496"/>
        <source>Best time to post</source>
        <translation>Mejor hora para publicar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="497"/>
        <source>Response and reach</source>
        <translation>Respuesta y alcance</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="526"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="529"/>
        <source>Save data as CSV…</source>
        <translation>Guardar datos como CSV…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="553"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="619"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1044"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="565"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1099"/>
        <source>New / lost</source>
        <translation>Nuevos / perdidos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="597"/>
        <source>No follower history yet: it grows with each daily sync.</source>
        <translation>Aún no hay historial de seguidores: crece con cada sincronización diaria.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="619"/>
        <source>Each account&apos;s follower count</source>
        <translation>Número de seguidores de cada cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="620"/>
        <source>Growth index</source>
        <translation>Índice de crecimiento</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="621"/>
        <source>Each account = 100 at the start of the range, so small and large accounts grow side by side (110 = 10 % more followers)</source>
        <translation>Cada cuenta vale 100 al inicio del periodo, así las cuentas pequeñas y grandes crecen lado a lado (110 = 10 % más seguidores)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="664"/>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="669"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="669"/>
        <source>Reposts</source>
        <translation>Reenvíos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="670"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="679"/>
        <source>Mean engagement per post</source>
        <translation>Interacción media por publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="733"/>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="743"/>
        <source>Mean engagement (replies + reposts + favourites) of the shop&apos;s own posts by the weekday and hour they went out, in your time zone. Brighter is better; hours with fewer than two posts stay dark.</source>
        <translation>Interacción media (respuestas + reenvíos + favoritos) de las publicaciones de la tienda según el día y la hora en que salieron, en tu zona horaria. Más claro es mejor; las horas con menos de dos publicaciones quedan oscuras.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="760"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="761"/>
        <source>Median first reply, 7 days</source>
        <translation>Mediana de primera respuesta, 7 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="762"/>
        <source>Median first reply, 30 days</source>
        <translation>Mediana de primera respuesta, 30 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="763"/>
        <source>Mentions answered, 30 days</source>
        <translation>Menciones respondidas, 30 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="764"/>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="765"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1293"/>
        <source>Followers now (all accounts)</source>
        <translation>Seguidores actuales (todas las cuentas)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="766"/>
        <source>New followers in range</source>
        <translation>Seguidores nuevos en el periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="767"/>
        <source>Lost followers in range</source>
        <translation>Seguidores perdidos en el periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="769"/>
        <source>Mentions and comments</source>
        <translation>Menciones y comentarios</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="770"/>
        <source>Replies to posts</source>
        <translation>Respuestas a publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="771"/>
        <source>Reposts / boosts</source>
        <translation>Reenvíos / impulsos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="772"/>
        <source>Favourites / likes</source>
        <translation>Favoritos / me gusta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="773"/>
        <source>Positive share of mentions</source>
        <translation>Proporción de menciones positivas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="774"/>
        <location filename="../../mbdesk/ui/views/analytics.py" line="803"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="775"/>
        <source>Link clicks</source>
        <translation>Clics en enlaces</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="776"/>
        <source>Posts in range</source>
        <translation>Publicaciones en el periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="959"/>
        <source>The figures could not be read: {0} Choose the tab again to retry.</source>
        <translation>No se pudieron leer las cifras: {0} Vuelva a elegir la pestaña para reintentar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="964"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1043"/>
        <source>Growth index (start = 100)</source>
        <translation>Índice de crecimiento (inicio = 100)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1071"/>
        <source>Each account = 100 at the start of the range.</source>
        <translation>Cada cuenta vale 100 al inicio del periodo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1073"/>
        <source>The largest account has {0}× the followers of the smallest: the growth index shows the small ones better.</source>
        <translation>La cuenta más grande tiene {0}× los seguidores de la más pequeña: el índice de crecimiento muestra mejor las pequeñas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1098"/>
        <source>New / lost per week</source>
        <translation>Nuevos / perdidos por semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1116"/>
        <source>Click a day on the chart to see who came and who left.</source>
        <translation>Haz clic en un día del gráfico para ver quién llegó y quién se fue.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1121"/>
        <source>{day}: {new} new, {lost} lost</source>
        <translation>{day}: {new} nuevos, {lost} perdidos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1129"/>
        <source>− {name} (@{handle}) left {account}</source>
        <translation>− {name} (@{handle}) dejó de seguir a {account}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1131"/>
        <source>+ {name} (@{handle}) follows {account}</source>
        <translation>+ {name} (@{handle}) sigue a {account}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1170"/>
        <source>new {new} · lost {lost}</source>
        <translation>nuevos {new} · perdidos {lost}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1242"/>
        <source>Best times: {0}</source>
        <translation>Mejores horas: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1245"/>
        <source>Not enough posts in this range to tell.</source>
        <translation>No hay suficientes publicaciones en este periodo para saberlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1253"/>
        <source>Link clicks: Mastodon, Bluesky and Weibo do not report them. Visits from UTM-tagged links show up in the shop&apos;s own web analytics.</source>
        <translation>Clics en enlaces: Mastodon, Bluesky y Weibo no los informan. Las visitas de enlaces con UTM aparecen en la analítica web de la propia tienda.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1257"/>
        <source>X: this app&apos;s access level cannot read post metrics, so link clicks are not available.</source>
        <translation>X: el nivel de acceso de esta app no puede leer las métricas, así que no hay clics en enlaces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1260"/>
        <source>X reports link clicks for the account&apos;s own posts of the last 30 days.</source>
        <translation>X informa de los clics en enlaces de las publicaciones propias de los últimos 30 días.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1268"/>
        <source>not reported by this platform</source>
        <translation>la plataforma no lo informa</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1271"/>
        <source>not available with this app&apos;s access level</source>
        <translation>no disponible con el nivel de acceso de esta app</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1272"/>
        <source>not reported</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1295"/>
        <source>Followers now</source>
        <translation>Seguidores actuales</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1357"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1357"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1362"/>
        <source>Save data as CSV</source>
        <translation>Guardar datos como CSV</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="1362"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BestTimes</name>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="27"/>
        <source>a free queue slot at one of its best times (from {count} posts)</source>
        <translation>un horario libre de la cola en una de sus mejores horas (según {count} publicaciones)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="31"/>
        <source>its next free queue slot</source>
        <translation>su próximo horario libre de la cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="33"/>
        <source>its best day and hour (from {count} posts)</source>
        <translation>su mejor día y hora (según {count} publicaciones)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="35"/>
        <source>too few posts to judge yet: the next free hour</source>
        <translation>aún hay pocas publicaciones para saberlo: la próxima hora libre</translation>
    </message>
</context>
<context>
    <name>BestTimesBox</name>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="45"/>
        <source>Best next time for each account</source>
        <translation>Mejor próximo momento para cada cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="50"/>
        <source>Looking at each account&apos;s posts, cadence and queue slots…</source>
        <translation>Revisando las publicaciones, el ritmo y los horarios de la cola de cada cuenta…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="70"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="81"/>
        <source>Schedule each at its best time</source>
        <translation>Programar cada una a su mejor hora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="98"/>
        <source>no free time in the next 60 days</source>
        <translation>sin hueco libre en los próximos 60 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/best_times.py" line="108"/>
        <source>Could not work out the best times ({error}); pick a time yourself.</source>
        <translation>No se pudieron calcular las mejores horas ({error}); elige tú la hora.</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="555"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMonthModel</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="478"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="733"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="148"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="578"/>
        <source>local scheduling only (kept by mbdesk)</source>
        <translation>solo programación local (la guarda mbdesk)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="688"/>
        <source>To fix: %n</source>
        <translation>
            <numerusform>Por resolver: %n</numerusform>
            <numerusform>Por resolver: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="690"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n consejo</numerusform>
            <numerusform>%n consejos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="692"/>
        <source>Nothing to fix; %n hint(s)</source>
        <translation>
            <numerusform>Nada por resolver; %n consejo</numerusform>
            <numerusform>Nada por resolver; %n consejos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="727"/>
        <source>Week {week}: {range}</source>
        <translation>Semana {week}: {range}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="734"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="248"/>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="113"/>
        <source>Pause all publishing</source>
        <translation>Pausar todas las publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="116"/>
        <source>Holds every scheduled post (posts on the server are taken back at the next sync) until you switch it off. Replies still go out.</source>
        <translation>Retiene todas las publicaciones programadas (las que están en el servidor se retiran en la próxima sincronización) hasta que lo desactives. Las respuestas siguen saliendo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="131"/>
        <source>⏸ Publishing is paused: no scheduled post goes out until you resume.</source>
        <translation>⏸ Publicación en pausa: no sale ninguna publicación programada hasta que la reanudes.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="136"/>
        <source>Resume publishing</source>
        <translation>Reanudar publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="158"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="159"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="165"/>
        <source>Queue slots…</source>
        <translation>Horarios de la cola…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="166"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="167"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="169"/>
        <source>Schedule as CSV…</source>
        <translation>Programación como CSV…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="170"/>
        <source>Calendar file (.ics)…</source>
        <translation>Archivo de calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="245"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="250"/>
        <location filename="../../mbdesk/ui/views/calendar.py" line="580"/>
        <source>move waits for the next sync</source>
        <translation>cambio pendiente de sincronizar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="251"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="252"/>
        <source>account needs re-authorization</source>
        <translation>la cuenta necesita volver a autorizarse</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="253"/>
        <source>after the sign-in runs out</source>
        <translation>tras caducar el inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="254"/>
        <source>Drag a post to move it; click it to open it.</source>
        <translation>Arrastra una publicación para moverla; haz clic para abrirla.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="281"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="348"/>
        <source>Publishing is paused: every scheduled post is held.</source>
        <translation>Publicación en pausa: todas las publicaciones programadas quedan retenidas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="349"/>
        <source>Publishing resumed: scheduled posts go out at their time.</source>
        <translation>Publicación reanudada: las publicaciones programadas salen a su hora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="364"/>
        <source>That post is no longer in the outbox.</source>
        <translation>Esa publicación ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="382"/>
        <source>Moved to {when}. The copy on the server is being moved too.</source>
        <translation>Movida al {when}. La copia del servidor también se está moviendo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="386"/>
        <source>Moved to {when} here. The server still holds it at the old time: the move is kept and applied by the next sync (mbdesk is not syncing now). If no sync runs before the old time, the server publishes it then.</source>
        <translation>Movida al {when} aquí. El servidor aún la tiene a la hora anterior: el cambio se guarda y se aplica en la próxima sincronización (mbdesk no está sincronizando ahora). Si no hay sincronización antes de la hora anterior, el servidor la publicará entonces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="393"/>
        <source>Moved to {when}.</source>
        <translation>Movida al {when}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="423"/>
        <source>Connect an account first (Accounts).</source>
        <translation>Primero conecta una cuenta (Cuentas).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="427"/>
        <source>Queue slots saved.</source>
        <translation>Horarios de la cola guardados.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="431"/>
        <source>Import posts from CSV</source>
        <translation>Importar publicaciones desde CSV</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="432"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="458"/>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="460"/>
        <source>%n post(s) imported and scheduled.</source>
        <translation>
            <numerusform>%n publicación importada y programada.</numerusform>
            <numerusform>%n publicaciones importadas y programadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="469"/>
        <source>Export the schedule</source>
        <translation>Exportar la programación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="470"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="476"/>
        <location filename="../../mbdesk/ui/views/calendar.py" line="492"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="480"/>
        <source>Schedule saved to {path}.</source>
        <translation>Programación guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="484"/>
        <source>Export to a calendar app</source>
        <translation>Exportar a una aplicación de calendario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="486"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="496"/>
        <source>Calendar file saved to {path}: open it in any calendar app.</source>
        <translation>Archivo de calendario guardado en {path}: ábrelo en cualquier aplicación de calendario.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="550"/>
        <source>Click a day to see all its posts.</source>
        <translation>Haz clic en un día para ver todas sus publicaciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="554"/>
        <source>{day}: %n post(s)</source>
        <translation>
            <numerusform>{day}: %n publicación</numerusform>
            <numerusform>{day}: %n publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="585"/>
        <source>More posts that day than your limit</source>
        <translation>Más publicaciones ese día que tu límite</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="586"/>
        <source>Too close to another post of this account</source>
        <translation>Demasiado cerca de otra publicación de esta cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="587"/>
        <source>Outside this account&apos;s best hours</source>
        <translation>Fuera de las mejores horas de esta cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="627"/>
        <source>{post}: failed</source>
        <translation>{post}: falló</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="632"/>
        <source>{account} needs re-authorization: %n post(s) will not go out (the first {when})</source>
        <translation>
            <numerusform>{account} necesita volver a autorizarse: %n publicación no saldrá (la primera, {when})</numerusform>
            <numerusform>{account} necesita volver a autorizarse: %n publicaciones no saldrán (la primera, {when})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="635"/>
        <source>{account}: %n post(s) due after the sign-in runs out (the first {when})</source>
        <translation>
            <numerusform>{account}: %n publicación toca después de que caduque el inicio de sesión (la primera, {when})</numerusform>
            <numerusform>{account}: %n publicaciones tocan después de que caduque el inicio de sesión (la primera, {when})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="646"/>
        <source>{day} · {account}: {count} posts (limit {limit} a day)</source>
        <translation>{day} · {account}: {count} publicaciones (límite de {limit} al día)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="651"/>
        <source>{day} · {account}: two posts {minutes} min apart (keep at least {gap} min)</source>
        <translation>{day} · {account}: dos publicaciones a {minutes} min una de otra (deja al menos {gap} min)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="669"/>
        <source>%n post(s) outside their account&apos;s best hours</source>
        <translation>
            <numerusform>%n publicación fuera de las mejores horas de su cuenta</numerusform>
            <numerusform>%n publicaciones fuera de las mejores horas de su cuenta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="671"/>
        <source>A soft hint: these posts may reach fewer people. Click to list them.</source>
        <translation>Solo un consejo: estas publicaciones pueden llegar a menos personas. Haz clic para verlas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="681"/>
        <source>{day} {time} · {account}: outside its best hours ({hours})</source>
        <translation>{day} {time} · {account}: fuera de sus mejores horas ({hours})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="664"/>
        <source>… and %n more (see the ⚠ days)</source>
        <translation>
            <numerusform>… y %n más (mira los días con ⚠)</numerusform>
            <numerusform>… y %n más (mira los días con ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="694"/>
        <source>No warnings</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="733"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="734"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="739"/>
        <source>%n post(s) scheduled in the next 7 days</source>
        <translation>
            <numerusform>%n publicación programada en los próximos 7 días</numerusform>
            <numerusform>%n publicaciones programadas en los próximos 7 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="741"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="743"/>
        <source>%n held for your decision</source>
        <translation>
            <numerusform>%n espera tu decisión</numerusform>
            <numerusform>%n esperan tu decisión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="760"/>
        <source>Not moved: that time is in the past. Drop it on a later day or hour.</source>
        <translation>No se movió: esa hora ya pasó. Suéltala en un día u hora posterior.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="762"/>
        <source>Not moved: this post has already gone out (or is going out).</source>
        <translation>No se movió: esta publicación ya salió (o está saliendo).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="764"/>
        <source>Not moved: the post is no longer in the outbox.</source>
        <translation>No se movió: la publicación ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="765"/>
        <source>Not moved: replies go out as soon as possible.</source>
        <translation>No se movió: las respuestas salen lo antes posible.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="766"/>
        <source>Not moved: the post changed meanwhile; try again.</source>
        <translation>No se movió: la publicación cambió entretanto; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="46"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="47"/>
        <source>Promotion / discount</source>
        <translation>Promoción / oferta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="48"/>
        <source>Shop news</source>
        <translation>Noticias de la tienda</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="49"/>
        <source>Industry news</source>
        <translation>Noticias del sector</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="50"/>
        <source>Hot topic</source>
        <translation>Tema de actualidad</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="51"/>
        <source>Service notice</source>
        <translation>Aviso de servicio</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="52"/>
        <source>Festival / event</source>
        <translation>Fiesta / evento</translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="69"/>
        <source>Competitors</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="136"/>
        <source>Competitors you watch</source>
        <translation>Competidores que sigues</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="145"/>
        <source>No competitors yet. Pick your account on their platform, type their handle and choose Add.</source>
        <translation>Aún no sigues a ningún competidor. Elige tu cuenta en su plataforma, escribe su usuario y pulsa Añadir.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="150"/>
        <source>Through</source>
        <translation>A través de</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="153"/>
        <source>Your account on the competitor&apos;s platform: mbdesk reads their public posts through it</source>
        <translation>Tu cuenta en la plataforma del competidor: mbdesk lee sus publicaciones públicas a través de ella</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="157"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="164"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="166"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="190"/>
        <source>Followers, index (first day = 100)</source>
        <translation>Seguidores, índice (primer día = 100)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="193"/>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="195"/>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="200"/>
        <source>Posts per weekday</source>
        <translation>Publicaciones por día de la semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="205"/>
        <source>Posts per hour of the day</source>
        <translation>Publicaciones por hora del día</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="221"/>
        <source>Reposts</source>
        <translation>Difusiones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="222"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="230"/>
        <source>Double-click a post to open it in the browser</source>
        <translation>Doble clic en una publicación para abrirla en el navegador</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="261"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="262"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="262"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="262"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="285"/>
        <source>The competitors could not be read: {0}</source>
        <translation>No se pudo leer la competencia: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="301"/>
        <source>Add a competitor to see their followers, posting rhythm and best posts here.</source>
        <translation>Añade un competidor para ver aquí sus seguidores, su ritmo de publicación y sus mejores publicaciones.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="327"/>
        <source>{n} followers</source>
        <translation>{n} seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="361"/>
        <source>{name} on {platform}, read through {account} · last checked {when}</source>
        <translation>{name} en {platform}, leído a través de {account} · última comprobación {when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="388"/>
        <source>{per_week} posts a week; most often at {hours} (your time zone).</source>
        <translation>{per_week} publicaciones por semana; sobre todo a las {hours} (tu zona horaria).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="215"/>
        <source>Their best-engaging posts in this range</source>
        <translation>Sus publicaciones con más interacción en este periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="297"/>
        <source>No competitors are read through this account. Choose All accounts above, or add one here.</source>
        <translation>Ninguna competencia se lee a través de esta cuenta. Elija «Todas las cuentas» arriba o añada una aquí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="391"/>
        <source>No posts of theirs read in this range.</source>
        <translation>No se leyó ninguna publicación suya en este periodo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="424"/>
        <source>e.g. bakery or bakery@other.server</source>
        <translation>p. ej. panaderia o panaderia@otro.servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="425"/>
        <source>e.g. bakery.bsky.social</source>
        <translation>p. ej. panaderia.bsky.social</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="426"/>
        <source>e.g. @bakery</source>
        <translation>p. ej. @panaderia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="428"/>
        <source>Connect an account first (Accounts).</source>
        <translation>Conecta primero una cuenta (Cuentas).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="431"/>
        <source>Weibo&apos;s API lets ordinary apps read only your own posts; other accounts&apos; posts and counts are for commercial partners, so Weibo competitors cannot be watched.</source>
        <translation>La API de Weibo solo deja a las apps normales leer tus propias publicaciones; las publicaciones y cifras de otras cuentas son para socios comerciales, así que no se puede seguir a competidores en Weibo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="436"/>
        <source>The demo workspace&apos;s accounts cannot look up other accounts; its competitors are samples. Connect a real account to watch yours.</source>
        <translation>Las cuentas del espacio de demostración no pueden buscar otras cuentas; sus competidores son ejemplos. Conecta una cuenta real para seguir a los tuyos.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="447"/>
        <source>Type the competitor&apos;s handle first.</source>
        <translation>Escribe primero el usuario del competidor.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="452"/>
        <source>Looking up {handle}…</source>
        <translation>Buscando {handle}…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="461"/>
        <source>Could not add it: {0}</source>
        <translation>No se pudo añadir: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="470"/>
        <source>You already watch {handle}.</source>
        <translation>Ya sigues a {handle}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="472"/>
        <source>Added {handle}. Its posts are not public, so only its follower count is watched.</source>
        <translation>Añadido {handle}. Sus publicaciones no son públicas, así que solo se sigue su número de seguidores.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="475"/>
        <source>Added {handle}: its follower count and posts are read at each sync (every few hours).</source>
        <translation>Añadido {handle}: sus seguidores y publicaciones se leen en cada sincronización (cada pocas horas).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="481"/>
        <source>No account {handle} was found on {platform}. Check the spelling; on Mastodon add @server for an account on another server.</source>
        <translation>No se encontró la cuenta {handle} en {platform}. Revisa cómo está escrita; en Mastodon añade @servidor si la cuenta está en otro servidor.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="484"/>
        <source>{platform} does not allow reading this account with your access: {reason}</source>
        <translation>{platform} no permite leer esta cuenta con tu acceso: {reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="486"/>
        <source>{account} needs to be authorized again (Accounts); then add the competitor.</source>
        <translation>Hay que volver a autorizar {account} (Cuentas); después añade el competidor.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="488"/>
        <source>{platform} asked mbdesk to wait; try again in a few minutes.</source>
        <translation>{platform} pidió a mbdesk que espere; vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="490"/>
        <source>You watch the most competitors one account can read (10); remove one first.</source>
        <translation>Ya sigues el máximo de competidores por cuenta (10); quita uno primero.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="492"/>
        <source>That account is no longer in mbdesk.</source>
        <translation>Esa cuenta ya no está en mbdesk.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="495"/>
        <source>Could not look up {handle} ({reason}). Check the connection and try again.</source>
        <translation>No se pudo buscar {handle} ({reason}). Revisa la conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="506"/>
        <source>Remove competitor</source>
        <translation>Quitar competidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="507"/>
        <source>Stop watching {name}? Its follower history and stored posts are deleted.</source>
        <translation>¿Dejar de seguir a {name}? Se borran su historial de seguidores y las publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="531"/>
        <source>not found any more (renamed or deleted?)</source>
        <translation>ya no se encuentra (¿renombrada o borrada?)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="533"/>
        <source>its posts are not public</source>
        <translation>sus publicaciones no son públicas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="534"/>
        <source>the platform does not allow reading it</source>
        <translation>la plataforma no permite leerla</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/competitors.py" line="536"/>
        <source>the last check failed</source>
        <translation>falló la última comprobación</translation>
    </message>
</context>
<context>
    <name>ComposeProblem</name>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="20"/>
        <source>Choose at least one account to post to.</source>
        <translation>Elige al menos una cuenta en la que publicar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="23"/>
        <source>{name}: the text is empty.</source>
        <translation>{name}: el texto está vacío.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="26"/>
        <source>{name}: {count} of {limit} — shorten it by {over}.</source>
        <translation>{name}: {count} de {limit}; acórtalo en {over}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="29"/>
        <source>{name} takes at most {limit} image(s); this post has {count}.</source>
        <translation>{name} admite como máximo {limit} imágenes; esta publicación tiene {count}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="33"/>
        <source>{name}: Bluesky needs a description (alt text) for every image; images without one: {count}.</source>
        <translation>{name}: Bluesky necesita una descripción (texto alternativo) para cada imagen; imágenes sin ella: {count}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="37"/>
        <source>{name}: images without a description (alt text): {count} — people who cannot see them would miss them.</source>
        <translation>{name}: imágenes sin descripción (texto alternativo): {count}; quien no pueda verlas se las perderá.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="41"/>
        <source>{name}: an image description is longer than {limit} characters.</source>
        <translation>{name}: una descripción de imagen supera los {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="45"/>
        <source>{name}: Weibo does not accept hashtags from apps; they are left out there.</source>
        <translation>{name}: Weibo no acepta hashtags de aplicaciones; allí se omiten.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="49"/>
        <source>{name}: a Weibo post must contain a link on {domain}.</source>
        <translation>{name}: una publicación de Weibo debe llevar un enlace de {domain}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="53"/>
        <source>{name}: no safe domain is known for this Weibo account, so mbdesk cannot check the link Weibo requires; re-authorize it with its safe domain (Accounts).</source>
        <translation>{name}: no se conoce el dominio seguro de esta cuenta de Weibo, así que mbdesk no puede comprobar el enlace que Weibo exige; vuelve a autorizarla con su dominio seguro (Cuentas).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="58"/>
        <source>{name}: Weibo refuses the #topic# syntax from apps; remove the second #.</source>
        <translation>{name}: Weibo rechaza la sintaxis #tema# desde aplicaciones; quita el segundo #.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="62"/>
        <source>This draft is already scheduled. Move or cancel it in the Calendar, or duplicate it to post it again.</source>
        <translation>Este borrador ya está programado. Muévelo o cancélalo en el Calendario, o duplícalo para publicarlo otra vez.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="66"/>
        <source>That time has already passed.</source>
        <translation>Esa hora ya pasó.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="68"/>
        <source>The draft no longer exists.</source>
        <translation>El borrador ya no existe.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="71"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="74"/>
        <source>{name} needs re-authorization: the post will wait until you sign in again — Accounts → Re-authorize.</source>
        <translation>{name} necesita volver a autorizarse: la publicación esperará hasta que inicies sesión de nuevo — Cuentas → Volver a autorizar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="84"/>
        <source>{day} · {name}: {count} posts that day (more than {limit}).</source>
        <translation>{day} · {name}: {count} publicaciones ese día (más de {limit}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="88"/>
        <source>{day} · {name}: two posts {count} min apart (keep at least {gap} min).</source>
        <translation>{day} · {name}: dos publicaciones con {count} min de diferencia (deja al menos {gap} min).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="93"/>
        <source>{day} · {name}: outside its best hours ({hours}).</source>
        <translation>{day} · {name}: fuera de sus mejores horas ({hours}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="101"/>
        <source>{file} cannot be read (moved, deleted or no permission).</source>
        <translation>No se puede leer {file} (se movió, se borró o no hay permiso).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="104"/>
        <source>{file} is not an image this app can post (JPEG, PNG, GIF or WebP).</source>
        <translation>{file} no es una imagen que esta aplicación pueda publicar (JPEG, PNG, GIF o WebP).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="108"/>
        <source>{file} is damaged: the image data cannot be read.</source>
        <translation>{file} está dañado: no se pueden leer los datos de la imagen.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="111"/>
        <source>{file} has too many pixels to be a photo for a post.</source>
        <translation>{file} tiene demasiados píxeles para ser la foto de una publicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="114"/>
        <source>{file} is too large (over 50 MB).</source>
        <translation>{file} es demasiado grande (más de 50 MB).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="117"/>
        <source>{file} is an animation too large for this platform; it cannot be made smaller without losing the animation.</source>
        <translation>{file} es una animación demasiado grande para esta plataforma; no se puede reducir sin perder la animación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="121"/>
        <source>{file} cannot be made small enough for this platform.</source>
        <translation>{file} no se puede reducir lo suficiente para esta plataforma.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/problems.py" line="124"/>
        <source>{file} cannot be used.</source>
        <translation>No se puede usar {file}.</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="82"/>
        <source>Compose &amp; Drafts</source>
        <translation>Redactar y borradores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="91"/>
        <source>Search drafts…</source>
        <translation>Buscar borradores…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="97"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="102"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="104"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/compose.py" line="176"/>
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln borrador</numerusform>
            <numerusform>%Ln borradores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="180"/>
        <source>No drafts match — clear the search or choose another category, account or state.</source>
        <translation>Ningún borrador coincide: borra la búsqueda o elige otra categoría, cuenta o estado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="269"/>
        <source>Open in composer</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="271"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="273"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="182"/>
        <source>No drafts yet — write your first post on the right.</source>
        <translation>Aún no hay borradores: escribe tu primera publicación a la derecha.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="273"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="240"/>
        <source>%s (copy)</source>
        <translation>%s (copia)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="245"/>
        <source>Duplicated: you are now editing the copy.</source>
        <translation>Duplicado: ahora estás editando la copia.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="259"/>
        <source>Archived: choose “Archived” in the state filter to find it again.</source>
        <translation>Archivado: elige “Archivado” en el filtro de estado para volver a encontrarlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="260"/>
        <source>Restored to the library.</source>
        <translation>Restaurado en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="129"/>
        <source>Optional: a title only you see</source>
        <translation>Opcional: un título que solo ves tú</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="135"/>
        <source>e.g. #handmade #ceramics</source>
        <translation>p. ej. #hechoamano #cerámica</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="139"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="140"/>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="147"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="148"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="150"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="151"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="152"/>
        <source>Insert snippet</source>
        <translation>Insertar fragmento</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="153"/>
        <source>Signature, opening hours, shop link…: insert a saved text at the cursor</source>
        <translation>Firma, horario, enlace de la tienda…: inserta un texto guardado en el cursor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="165"/>
        <source>Write your post here…</source>
        <translation>Escribe aquí tu publicación…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="166"/>
        <source>Shared text</source>
        <translation>Texto común</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="169"/>
        <source>Post to</source>
        <translation>Publicar en</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="176"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="190"/>
        <source>Add the shop link</source>
        <translation>Añadir el enlace de la tienda</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="193"/>
        <source>Append the account&apos;s default link, which is on its safe domain</source>
        <translation>Añade al final el enlace predeterminado de la cuenta, que está en su dominio seguro</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="199"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="200"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="201"/>
        <location filename="../../mbdesk/ui/compose/editor.py" line="610"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="202"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="203"/>
        <source>Save the draft now (Ctrl+S); it also saves by itself while you type</source>
        <translation>Guarda el borrador ahora (Ctrl+S); también se guarda solo mientras escribes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="205"/>
        <source>Publish now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="206"/>
        <source>Add to queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="208"/>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="276"/>
        <source>No accounts yet — add one on the Accounts screen to choose where this post goes.</source>
        <translation>Aún no hay cuentas: añade una en la pantalla Cuentas para elegir dónde se publica esto.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="366"/>
        <source>New draft</source>
        <translation>Borrador nuevo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="368"/>
        <source>Editing: %s</source>
        <translation>Editando: %s</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="368"/>
        <source>untitled draft</source>
        <translation>borrador sin título</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="370"/>
        <source>scheduled: changes here do not change the queued posts (move or cancel them in the Calendar)</source>
        <translation>programado: los cambios aquí no modifican las publicaciones en cola (muévelas o cancélalas en el Calendario)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="403"/>
        <source>The text only {name} gets</source>
        <translation>El texto que solo recibe {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="446"/>
        <source>Drop the text for {name}?</source>
        <translation>¿Descartar el texto de {name}?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="447"/>
        <source>{name} has its own text. Drop it and post the shared text there?</source>
        <translation>{name} tiene su propio texto. ¿Descartarlo y publicar allí el texto común?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="510"/>
        <source>Put the post in the next free queue slot of each account (Calendar → Queue slots)</source>
        <translation>Pone la publicación en el próximo horario libre de la cola de cada cuenta (Calendario → Horarios de la cola)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="558"/>
        <source>Nothing to save yet: write a title or a text.</source>
        <translation>Aún no hay nada que guardar: escribe un título o un texto.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="567"/>
        <source>Could not save ({error}); your text is still here and saving is tried again.</source>
        <translation>No se pudo guardar ({error}); tu texto sigue aquí y se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="580"/>
        <source>Saved automatically at {time}.</source>
        <translation>Guardado automáticamente: {time}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="581"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="610"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="653"/>
        <source>Not queued: {accounts} still has no queue slots.</source>
        <translation>No se añadió: {accounts} sigue sin horarios de la cola.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="660"/>
        <source>No queue slots</source>
        <translation>Sin horarios de la cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="661"/>
        <source>{accounts} has no queue slots yet: Add to queue puts a post at the next free one of an account&apos;s weekly posting times. Set them now?</source>
        <translation>{accounts} aún no tiene horarios de la cola: «Añadir a la cola» pone la publicación en el próximo hueco libre de los horarios semanales de la cuenta. ¿Configurarlos ahora?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="665"/>
        <source>Set queue slots…</source>
        <translation>Configurar horarios…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="669"/>
        <source>Not queued: {accounts} has no queue slots (Calendar → Queue slots).</source>
        <translation>No se añadió: {accounts} no tiene horarios de la cola (Calendario → Horarios de la cola).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="687"/>
        <source>On {accounts}, scheduled posts are kept by mbdesk (the server cannot hold them) — keep mbdesk or &apos;mbdesk sync&apos; running at that time.</source>
        <translation>En {accounts}, las publicaciones programadas las guarda mbdesk (el servidor no puede guardarlas): deja mbdesk o «mbdesk sync» en marcha a esa hora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="709"/>
        <source>Publish now?</source>
        <translation>¿Publicar ahora?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/editor.py" line="710"/>
        <source>Publish this post on %n account(s) now?</source>
        <translation>
            <numerusform>¿Publicar ahora en %n cuenta?</numerusform>
            <numerusform>¿Publicar ahora en %n cuentas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="746"/>
        <source>Queued for {when} on {account}.</source>
        <translation>En cola para el {when} en {account}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/editor.py" line="750"/>
        <source>Queued to publish now on %n account(s).</source>
        <translation>
            <numerusform>En cola para publicarse ahora en %n cuenta.</numerusform>
            <numerusform>En cola para publicarse ahora en %n cuentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/editor.py" line="756"/>
        <source>Scheduled for {when} ({zone}) on %n account(s).</source>
        <translation>
            <numerusform>Programado para el {when} ({zone}) en %n cuenta.</numerusform>
            <numerusform>Programado para el {when} ({zone}) en %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="772"/>
        <source>Not queued: an account has no free queue slot in the next 60 days. Add slots or move posts in the Calendar.</source>
        <translation>No se añadió: una cuenta no tiene horarios libres en los próximos 60 días. Añade horarios o mueve publicaciones en el Calendario.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="775"/>
        <source>Not queued: an account has no queue slots (Calendar → Queue slots).</source>
        <translation>No se añadió: una cuenta no tiene horarios de la cola (Calendario → Horarios de la cola).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/editor.py" line="777"/>
        <source>Not queued: tick at least one account.</source>
        <translation>No se añadió: marca al menos una cuenta.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="180"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escribe una respuesta… (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="186"/>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="188"/>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="239"/>
        <source>Select a message to read and reply</source>
        <translation>Elige un mensaje para leerlo y responder</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="247"/>
        <source>J / K: next / previous message</source>
        <translation>J / K: mensaje siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="248"/>
        <source>Enter: open it and load its thread</source>
        <translation>Intro: abrirlo y cargar su conversación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="249"/>
        <source>R: reply · Ctrl+Enter: send the reply</source>
        <translation>R: responder · Ctrl+Intro: enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="250"/>
        <source>E: done · U: unread · Ctrl+Z: undo</source>
        <translation>E: resuelta · U: no leída · Ctrl+Z: deshacer</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="251"/>
        <source>/: search the inbox</source>
        <translation>/: buscar en la bandeja</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="281"/>
        <source>Mastodon notifies only the people a reply names: their @handles go in front of your text when it is sent (not twice if you typed them).</source>
        <translation>Mastodon solo avisa a las personas que la respuesta nombra: sus @usuarios se ponen delante de tu texto al enviarla (no dos veces si ya los escribiste).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="298"/>
        <source>Replying to @{0}</source>
        <translation>Respondiendo a @{0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="302"/>
        <source>Untick to leave @{0} out of the reply</source>
        <translation>Desmarca para dejar a @{0} fuera de la respuesta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="337"/>
        <source>Loading the message…</source>
        <translation>Cargando el mensaje…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="348"/>
        <source>This message could not be read</source>
        <translation>No se pudo leer este mensaje</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="349"/>
        <source>{reason} Select it again to retry; if it keeps failing, restart mbdesk.</source>
        <translation>{reason} Vuelve a seleccionarlo para reintentar; si sigue fallando, reinicia mbdesk.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="361"/>
        <source>No mention selected</source>
        <translation>Ninguna mención seleccionada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="372"/>
        <source>(unknown author)</source>
        <translation>(autor desconocido)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="379"/>
        <source>keyword watch “{0}”</source>
        <translation>vigilancia de palabra clave “{0}”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="380"/>
        <source>keyword watch</source>
        <translation>vigilancia de palabra clave</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="382"/>
        <source>mention</source>
        <translation>mención</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="383"/>
        <source>To {account} · {when} · {stream} · {state}</source>
        <translation>Para {account} · {when} · {stream} · {state}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="387"/>
        <source>negative (crisis watch)</source>
        <translation>negativa (vigilancia de crisis)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="415"/>
        <source>Show more ({0} of {1} characters shown)</source>
        <translation>Mostrar más (se muestran {0} de {1} caracteres)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="426"/>
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n seguidor</numerusform>
            <numerusform>%n seguidores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="427"/>
        <source>%n mention(s) from them</source>
        <translation>
            <numerusform>%n mención suya</numerusform>
            <numerusform>%n menciones suyas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="429"/>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="433"/>
        <source>Notes: {0}</source>
        <translation>Notas: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="444"/>
        <source>Insert a saved reply… (Alt+1–9)</source>
        <translation>Insertar una respuesta guardada… (Alt+1–9)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="464"/>
        <source>Your replies</source>
        <translation>Tus respuestas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="468"/>
        <source>Earlier replies to this person</source>
        <translation>Respuestas anteriores a esta persona</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="472"/>
        <source>No thread saved yet.</source>
        <translation>Aún no hay ningún hilo guardado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="480"/>
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="482"/>
        <source>Edit and retry</source>
        <translation>Editar y reintentar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="488"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="489"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="490"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="491"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="492"/>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="493"/>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="494"/>
        <source>scheduled on the server</source>
        <translation>programada en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox_conversation.py" line="509"/>
        <source>Too long for this server</source>
        <translation>Demasiado largo para este servidor</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="55"/>
        <source>The disk is full: mbdesk could not save its last change.</source>
        <translation>El disco está lleno: mbdesk no pudo guardar su último cambio.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="57"/>
        <source>Free some space on the disk that holds the data folder, then try again; what was saved before is safe.</source>
        <translation>Libere espacio en el disco que contiene la carpeta de datos y vuelva a intentarlo; lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="69"/>
        <source>mbdesk</source>
        <translation>mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="83"/>
        <source>mbdesk hit a bug</source>
        <translation>mbdesk encontró un error</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="84"/>
        <source>Something went wrong inside mbdesk. Your drafts and queued posts are saved in the database and were not lost.</source>
        <translation>Algo falló dentro de mbdesk. Tus borradores y publicaciones en cola están guardados en la base de datos y no se perdieron.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="87"/>
        <source>The details were written to {log}. You can keep working; if the problem comes back, restart mbdesk and send that log file to the developers.</source>
        <translation>Los detalles se guardaron en {log}. Puedes seguir trabajando; si el problema vuelve a aparecer, reinicia mbdesk y envía ese archivo de registro a los desarrolladores.</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="97"/>
        <source>Show related mentions</source>
        <translation>Mostrar menciones relacionadas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="98"/>
        <source>Pause scheduled posts</source>
        <translation>Pausar publicaciones programadas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="99"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="59"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="60"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="61"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="62"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="63"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="152"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="153"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="167"/>
        <source>(empty draft)</source>
        <translation>(borrador vacío)</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="38"/>
        <source>Edit sent post</source>
        <translation>Editar publicación enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="41"/>
        <source>The new text replaces the post&apos;s text on {account}. Images and the content warning stay. mbdesk sends the edit once, also when the connection drops, and keeps every earlier text in the post&apos;s history.</source>
        <translation>El texto nuevo sustituye al de la publicación en {account}. Las imágenes y el aviso de contenido se mantienen. mbdesk envía la edición una sola vez, también si se corta la conexión, y guarda cada texto anterior en el historial.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="55"/>
        <source>Save edit</source>
        <translation>Guardar edición</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="76"/>
        <source>{count} / {limit}</source>
        <translation>{count} / {limit}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="81"/>
        <source>The new text is empty. To take the post down, use Delete….</source>
        <translation>El texto nuevo está vacío. Para retirar la publicación, usa Eliminar….</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="83"/>
        <source>Too long for this account by {over}: shorten it.</source>
        <translation>Demasiado largo para esta cuenta por {over}: acórtalo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="86"/>
        <source>Change the text to save an edit.</source>
        <translation>Cambia el texto para guardar una edición.</translation>
    </message>
</context>
<context>
    <name>EngagementModel</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="336"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Reposts</source>
        <translation>Reenvíos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="346"/>
        <source>not reported by this platform</source>
        <translation>la plataforma no lo informa</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="348"/>
        <source>not available with this app&apos;s access level</source>
        <translation>no disponible con el nivel de acceso de esta app</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="353"/>
        <source>This platform does not tell anyone how often the links in a post were clicked. Visits from UTM-tagged links show up in the shop&apos;s own web analytics.</source>
        <translation>Esta plataforma no informa a nadie de cuántas veces se hizo clic en los enlaces de una publicación. Las visitas de enlaces con UTM aparecen en la analítica web de la propia tienda.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="357"/>
        <source>This X app&apos;s access level cannot read post metrics. A higher access level in the X developer portal lets mbdesk read link clicks.</source>
        <translation>El nivel de acceso de esta app de X no puede leer las métricas de las publicaciones. Con un nivel más alto en el portal de desarrolladores de X, mbdesk puede leer los clics en enlaces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="361"/>
        <source>X reports link clicks only for the account&apos;s own posts of the last 30 days; none were read for this post.</source>
        <translation>X solo informa de los clics en enlaces de las publicaciones propias de los últimos 30 días; para esta no se leyó ninguno.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="363"/>
        <source>Clicks on the links in this post, as the platform reports them.</source>
        <translation>Clics en los enlaces de esta publicación, según la plataforma.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="337"/>
        <source>Link clicks</source>
        <translation>Clics en enlaces</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="338"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="43"/>
        <source>That is not a feed address: it must start with http:// or https://.</source>
        <translation>Esa no es la dirección de un feed: debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="46"/>
        <source>The feed&apos;s server could not be reached. Check the address and the network, then try again.</source>
        <translation>No se pudo contactar con el servidor del feed. Revisa la dirección y la red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="49"/>
        <source>The feed is larger than 5 MB, so mbdesk did not read it. Use a feed of the newest entries only.</source>
        <translation>El feed ocupa más de 5 MB, así que mbdesk no lo leyó. Usa un feed solo con las entradas más recientes.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="52"/>
        <source>That address gives a web page or something else, not an RSS or Atom feed. Look on the site for its feed link (often /feed or /rss.xml).</source>
        <translation>Esa dirección devuelve una página web u otra cosa, no un feed RSS o Atom. Busca en el sitio el enlace del feed (a menudo /feed o /rss.xml).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="56"/>
        <source>The feed&apos;s server refused the request. Check the address.</source>
        <translation>El servidor del feed rechazó la petición. Revisa la dirección.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="58"/>
        <source>The feed could not be read; mbdesk tries again at the next check.</source>
        <translation>No se pudo leer el feed; mbdesk lo intentará de nuevo en la próxima comprobación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="60"/>
        <source>Stopped before the feed was read.</source>
        <translation>Se detuvo antes de leer el feed.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="61"/>
        <source>This feed is already in the list.</source>
        <translation>Este feed ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="63"/>
        <source>The feed could not be read.</source>
        <translation>No se pudo leer el feed.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="69"/>
        <source>not checked yet</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="70"/>
        <source>OK</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="71"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="72"/>
        <source>server not reached</source>
        <translation>servidor inaccesible</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="73"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="74"/>
        <source>not a feed</source>
        <translation>no es un feed</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="75"/>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="77"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
</context>
<context>
    <name>FeedsAction</name>
    <message>
        <location filename="../../mbdesk/ui/feeds_menu.py" line="52"/>
        <source>Fee&amp;ds to drafts…</source>
        <translation>De fee&amp;ds a borradores…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_menu.py" line="68"/>
        <source>%n new draft(s) from feeds</source>
        <translation>
            <numerusform>%n borrador nuevo de los feeds</numerusform>
            <numerusform>%n borradores nuevos de los feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="120"/>
        <source>Feeds to drafts</source>
        <translation>De feeds a borradores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="126"/>
        <source>New entries of a shop&apos;s product or blog feed (RSS or Atom) become drafts, each entry once. Feeds are checked every hour while mbdesk is open.</source>
        <translation>Las entradas nuevas del feed de productos o del blog de la tienda (RSS o Atom) se convierten en borradores, cada entrada una sola vez. Los feeds se comprueban cada hora mientras mbdesk está abierto.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="132"/>
        <source>Feed address, e.g. https://shop.example/feed</source>
        <translation>Dirección del feed, p. ej. https://shop.example/feed</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="134"/>
        <source>Add feed</source>
        <translation>Añadir feed</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="138"/>
        <source>Accounts ticked on the drafts of the feed you add</source>
        <translation>Cuentas marcadas en los borradores del feed que añade</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="141"/>
        <source>Accounts ticked on the drafts of the selected feed</source>
        <translation>Cuentas marcadas en los borradores del feed seleccionado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="150"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="150"/>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="150"/>
        <source>Drafts made</source>
        <translation>Borradores creados</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="151"/>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="257"/>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="265"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="164"/>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="167"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="221"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="223"/>
        <source>Ticked on the drafts this feed makes; change it with Accounts below</source>
        <translation>Marcadas en los borradores que crea este feed; cámbielas con Cuentas, abajo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="225"/>
        <source>No account is ticked on this feed&apos;s drafts: tick them in each draft, or choose Accounts below</source>
        <translation>Ninguna cuenta se marca en los borradores de este feed: márquelas en cada borrador o elija Cuentas, abajo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="232"/>
        <source>No feeds yet: paste a feed address above.</source>
        <translation>Aún no hay feeds: pega arriba la dirección de uno.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="257"/>
        <source>Accounts ({n})</source>
        <translation>Cuentas ({n})</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="315"/>
        <source>Reading the feed…</source>
        <translation>Leyendo el feed…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="331"/>
        <source>Added “{title}”: %n draft(s) made from its newest entries.</source>
        <translation>
            <numerusform>Añadido «{title}»: %n borrador creado con sus entradas más recientes.</numerusform>
            <numerusform>Añadido «{title}»: %n borradores creados con sus entradas más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="332"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="335"/>
        <source>%n older entries are remembered without a draft.</source>
        <translation>
            <numerusform>%n entrada anterior queda registrada sin borrador.</numerusform>
            <numerusform>%n entradas anteriores quedan registradas sin borrador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="349"/>
        <source>Checking the feeds…</source>
        <translation>Comprobando los feeds…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="360"/>
        <source>Checked: %n new draft(s).</source>
        <translation>
            <numerusform>Comprobado: %n borrador nuevo.</numerusform>
            <numerusform>Comprobado: %n borradores nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="363"/>
        <source>%n feed(s) could not be read; see Last check.</source>
        <translation>
            <numerusform>No se pudo leer %n feed; mira «Última comprobación».</numerusform>
            <numerusform>No se pudieron leer %n feeds; mira «Última comprobación».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="373"/>
        <source>Remove feed</source>
        <translation>Quitar feed</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="374"/>
        <source>Remove “{title}”? The drafts it made stay. Its entries are forgotten: adding it again makes drafts of its newest entries again.</source>
        <translation>¿Quitar «{title}»? Los borradores que creó se conservan. Sus entradas se olvidan: si lo vuelves a añadir, se crearán de nuevo borradores de sus entradas más recientes.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/feeds_dialog.py" line="386"/>
        <source>Feed removed; its drafts stay.</source>
        <translation>Feed quitado; sus borradores se conservan.</translation>
    </message>
</context>
<context>
    <name>FollowRequestsModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="63"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="64"/>
        <source>Wants to follow</source>
        <translation>Quiere seguir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/follow_requests.py" line="65"/>
        <source>Asked (first seen)</source>
        <translation>Pedido (visto por primera vez)</translation>
    </message>
</context>
<context>
    <name>FollowersView</name>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="171"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="359"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="181"/>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="183"/>
        <source>Suggestion rules…</source>
        <translation>Reglas de sugerencias…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="194"/>
        <source>Newest followers</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="195"/>
        <source>Oldest followers</source>
        <translation>Más antiguos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="196"/>
        <source>Most followers</source>
        <translation>Más seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="197"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="198"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="200"/>
        <source>New this week</source>
        <translation>Nuevos esta semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="201"/>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="215"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="609"/>
        <source>Tag selected</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="288"/>
        <source>These people asked to follow a locked account; they follow it only once you accept.</source>
        <translation>Estas personas pidieron seguir una cuenta bloqueada; solo la siguen cuando las aceptas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="360"/>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="361"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="362"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="363"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="364"/>
        <source>Follows</source>
        <translation>Sigue a</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="367"/>
        <source>+ Tag</source>
        <translation>+ Etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="378"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="385"/>
        <source>Your notes on this person (saved as you type)</source>
        <translation>Tus notas sobre esta persona (se guardan mientras escribes)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="389"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="433"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="437"/>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="440"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="469"/>
        <source>{now} followers · {new} new this week · {lost} lost this week</source>
        <translation>{now} seguidores · {new} nuevos esta semana · {lost} perdidos esta semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="487"/>
        <source>ⓘ {accounts}: the server shows apps only part of a large follower list, so fewer people may be listed here than the follower count says.</source>
        <translation>ⓘ {accounts}: el servidor muestra a las aplicaciones solo parte de una lista de seguidores grande, así que aquí puede haber menos personas de las que indica el número de seguidores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/followers.py" line="498"/>
        <source>Follow requests (%n)</source>
        <translation>
            <numerusform>Solicitud de seguimiento (%n)</numerusform>
            <numerusform>Solicitudes de seguimiento (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="522"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="547"/>
        <source>Accepting…</source>
        <translation>Aceptando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="549"/>
        <source>Rejecting…</source>
        <translation>Rechazando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="572"/>
        <source>Could not accept the follow request of {who}.</source>
        <translation>No se pudo aceptar la solicitud de seguimiento de {who}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="573"/>
        <source>Could not reject the follow request of {who}.</source>
        <translation>No se pudo rechazar la solicitud de seguimiento de {who}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="575"/>
        <source>The server no longer has it (withdrawn, or answered in another app), so it is no longer listed.</source>
        <translation>El servidor ya no la tiene (retirada, o respondida en otra aplicación), así que ya no se muestra.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="578"/>
        <source>Authorize the account again on the Accounts screen, then try again.</source>
        <translation>Vuelve a autorizar la cuenta en la pantalla Cuentas y prueba otra vez.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="581"/>
        <source>Check the connection and try again; the request stays listed.</source>
        <translation>Comprueba la conexión y prueba otra vez; la solicitud sigue en la lista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/followers.py" line="609"/>
        <source>Tag %n selected</source>
        <translation>
            <numerusform>Etiquetar (%n)</numerusform>
            <numerusform>Etiquetar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="621"/>
        <source>New tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="638"/>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="638"/>
        <source>Name of the new tag:</source>
        <translation>Nombre de la nueva etiqueta:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="708"/>
        <source>No one selected</source>
        <translation>No hay nadie seleccionado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="727"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="729"/>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="736"/>
        <source>{account}: already following on {date}</source>
        <translation>{account}: ya seguía el {date}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="737"/>
        <source>{account} since {date}</source>
        <translation>{account} desde {date}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="740"/>
        <source>{account}: already following on {start}, left {date}</source>
        <translation>{account}: ya seguía el {start}, dejó de seguir el {date}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="741"/>
        <source>{account}: followed {start}, left {date}</source>
        <translation>{account}: siguió desde {start} hasta {date}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="773"/>
        <source>Remove the tag “{0}”</source>
        <translation>Quitar la etiqueta “{0}”</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="785"/>
        <source>No mentions yet.</source>
        <translation>Aún no hay menciones.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="791"/>
        <source>{date} · to {account}: {text}</source>
        <translation>{date} · para {account}: {text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="794"/>
        <source>↳ {date} · {account} replied ({state}): {text}</source>
        <translation>↳ {date} · {account} respondió ({state}): {text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="803"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="803"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="804"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="804"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="805"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="805"/>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="813"/>
        <source>KOL? The account is verified.</source>
        <translation>¿Influencer? La cuenta está verificada.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="814"/>
        <source>KOL? {n} followers.</source>
        <translation>¿Influencer? {n} seguidores.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="817"/>
        <source>Engaged: mentioned the shop {n} times recently.</source>
        <translation>Activo: mencionó la tienda {n} veces hace poco.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="820"/>
        <source>Potential customer? Asked “{0}”.</source>
        <translation>¿Posible cliente? Preguntó “{0}”.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="310"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="519"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="836"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="203"/>
        <source>Search people…</source>
        <translation>Buscar personas…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="204"/>
        <source>Searches names, notes, and the start of an @handle</source>
        <translation>Busca en nombres, notas y el comienzo de un @usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="839"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="853"/>
        <source>Engaged</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="878"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="890"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="224"/>
        <source>Import posts from {name}</source>
        <translation>Importar publicaciones de {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="236"/>
        <source>Nothing can be imported from this file:</source>
        <translation>No se puede importar nada de este archivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="239"/>
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n fila leída: </numerusform>
            <numerusform>%n filas leídas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="240"/>
        <source>%n ready to schedule, </source>
        <translation>
            <numerusform>%n lista para programar, </numerusform>
            <numerusform>%n listas para programar, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="241"/>
        <source>%n with problems (listed in red; they will not be imported — fix them in the file and import it again).</source>
        <translation>
            <numerusform>%n con problemas (en rojo; no se importará: corrígela en el archivo y vuelve a importarlo).</numerusform>
            <numerusform>%n con problemas (en rojo; no se importarán: corrígelas en el archivo y vuelve a importarlo).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="243"/>
        <source>Nothing is scheduled until you press Import.</source>
        <translation>No se programa nada hasta que pulses Importar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="246"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="246"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="247"/>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="247"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="248"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="248"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="259"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="259"/>
        <source>problem</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="277"/>
        <source>Allow files outside the CSV&apos;s folder…</source>
        <translation>Permitir archivos fuera de la carpeta del CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="282"/>
        <source>Import %n post(s)</source>
        <translation>
            <numerusform>Importar %n publicación</numerusform>
            <numerusform>Importar %n publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="299"/>
        <source>Use files outside the CSV&apos;s folder?</source>
        <translation>¿Usar archivos fuera de la carpeta del CSV?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="300"/>
        <source>This file names images outside its own folder:
{paths}

Only allow this for a file you wrote yourself: a CSV from elsewhere could pick any file of this computer. The images are still checked.</source>
        <translation>Este archivo nombra imágenes fuera de su propia carpeta:
{paths}

Permítelo solo para un archivo que hayas escrito tú: un CSV de otra procedencia podría elegir cualquier archivo de este ordenador. Las imágenes se comprueban igualmente.</translation>
    </message>
</context>
<context>
    <name>InboxNotifier</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="126"/>
        <source>mbdesk — %n unread mention(s)</source>
        <translation>
            <numerusform>mbdesk — %n mención sin leer</numerusform>
            <numerusform>mbdesk — %n menciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="154"/>
        <source>{account}: the sign-in ran out on {date}. Posts wait until you re-authorize it on the Accounts screen.</source>
        <translation>{account}: el inicio de sesión caducó el {date}. Las publicaciones esperan hasta que la vuelvas a autorizar en la pantalla Cuentas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="157"/>
        <source>{account}: the sign-in runs out within %n day(s), on {date}. Re-authorize it on the Accounts screen so scheduled posts go out.</source>
        <translation>
            <numerusform>{account}: el inicio de sesión caduca en %n día, el {date}. Vuelve a autorizarla en la pantalla Cuentas para que salgan las publicaciones programadas.</numerusform>
            <numerusform>{account}: el inicio de sesión caduca en %n días, el {date}. Vuelve a autorizarla en la pantalla Cuentas para que salgan las publicaciones programadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="160"/>
        <source>Sign-in runs out</source>
        <translation>El inicio de sesión caduca</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="176"/>
        <source>New mentions</source>
        <translation>Menciones nuevas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="176"/>
        <source>%n new mention(s) in the inbox</source>
        <translation>
            <numerusform>%n mención nueva en la bandeja de entrada</numerusform>
            <numerusform>%n menciones nuevas en la bandeja de entrada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="178"/>
        <source>Priority mentions</source>
        <translation>Menciones prioritarias</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="179"/>
        <source>%n mention(s) need you soon</source>
        <translation>
            <numerusform>%n mención requiere tu atención pronto</numerusform>
            <numerusform>%n menciones requieren tu atención pronto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="191"/>
        <source>Crisis watch</source>
        <translation>Alerta de crisis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/inbox_notifier.py" line="192"/>
        <source>%n negative mention(s) in the last hour. Open the inbox to see them together.</source>
        <translation>
            <numerusform>%n mención negativa en la última hora. Abre la bandeja de entrada para verla.</numerusform>
            <numerusform>%n menciones negativas en la última hora. Abre la bandeja de entrada para verlas juntas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="43"/>
        <source>Inbox settings</source>
        <translation>Configuración de la bandeja de entrada</translation>
    </message>
</context>
<context>
    <name>InboxSettingsPanel</name>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="68"/>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="69"/>
        <source>Crisis watch</source>
        <translation>Vigilancia de crisis</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="85"/>
        <source>Replying marks the mention done</source>
        <translation>Responder marca la mención como resuelta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="89"/>
        <source>Every new mention</source>
        <translation>Cada mención nueva</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="90"/>
        <source>Priority and negative mentions only</source>
        <translation>Solo menciones prioritarias y negativas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="91"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="94"/>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="96"/>
        <source>The account&apos;s name</source>
        <translation>El nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="97"/>
        <source>Shop name for {shop}</source>
        <translation>Nombre de la tienda para {shop}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="106"/>
        <source>Title, e.g. Opening hours</source>
        <translation>Título, p. ej. Horario de apertura</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="109"/>
        <source>Hello {author}, we are open 8:00–20:00 every day. — {shop}</source>
        <translation>Hola, {author}: abrimos todos los días de 8:00 a 20:00. — {shop}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="110"/>
        <source>Add as new</source>
        <translation>Añadir como nueva</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="111"/>
        <source>Update selected</source>
        <translation>Actualizar la seleccionada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="112"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="117"/>
        <source>Placeholders: {author} (their name), {handle}, {shop}, {account}. In the reply box, Alt+1 to Alt+9 insert the first nine.</source>
        <translation>Marcadores: {author} (su nombre), {handle}, {shop}, {account}. En el cuadro de respuesta, Alt+1 a Alt+9 insertan las nueve primeras.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="138"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="140"/>
        <source>Alert at negative mentions per hour</source>
        <translation>Avisar con estas menciones negativas por hora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="144"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="144"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="144"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="149"/>
        <source>Restore the shipped lists</source>
        <translation>Restaurar las listas originales</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/inbox_settings.py" line="151"/>
        <source>One word or phrase a line. Latin-script words match whole words; Chinese matches anywhere in the text.</source>
        <translation>Una palabra o frase por línea. Las palabras en alfabeto latino coinciden como palabra completa; el chino coincide en cualquier parte del texto.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="138"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="159"/>
        <source>All states</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="160"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="161"/>
        <source>Read</source>
        <translation>Leídas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="162"/>
        <source>Done</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="165"/>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="166"/>
        <source>Priority</source>
        <translation>Prioritarias</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="167"/>
        <source>Negative (crisis)</source>
        <translation>Negativas (crisis)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="169"/>
        <source>Mentions and watches</source>
        <translation>Menciones y vigilancias</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="170"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="171"/>
        <source>Keyword watches</source>
        <translation>Vigilancia de palabras clave</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="173"/>
        <source>Search mentions… (/)</source>
        <translation>Buscar menciones… (/)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="176"/>
        <source>Watches…</source>
        <translation>Vigilancias…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="178"/>
        <source>Saved replies…</source>
        <translation>Respuestas…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="179"/>
        <source>Saved replies, notifications, crisis watch</source>
        <translation>Respuestas guardadas, notificaciones, vigilancia de crisis</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="267"/>
        <source>Mark read</source>
        <translation>Marcar leída</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="268"/>
        <source>Done (E)</source>
        <translation>Resuelta (E)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="269"/>
        <source>Unread (U)</source>
        <translation>No leída (U)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="270"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="271"/>
        <source>Load thread</source>
        <translation>Cargar hilo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="327"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="349"/>
        <source>Any author</source>
        <translation>Cualquier autor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="350"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="351"/>
        <source>KOLs</source>
        <translation>Influencers</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="352"/>
        <source>Potential customers</source>
        <translation>Posibles clientes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="355"/>
        <source>Tag: {0}</source>
        <translation>Etiqueta: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="388"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="414"/>
        <source>Search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="440"/>
        <source>Mentions shown: {0}</source>
        <translation>Menciones mostradas: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="445"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="448"/>
        <source>%n waiting for a reply</source>
        <translation>
            <numerusform>%n espera respuesta</numerusform>
            <numerusform>%n esperan respuesta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="450"/>
        <source>, oldest {0}</source>
        <translation>, la más antigua {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="453"/>
        <source>oldest waiting {0}</source>
        <translation>la más antigua lleva {0} esperando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="461"/>
        <source>Median first reply (7 days): {0}</source>
        <translation>Mediana de primera respuesta (7 días): {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="462"/>
        <source>No replies in the last 7 days</source>
        <translation>Sin respuestas en los últimos 7 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="467"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="469"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="470"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="510"/>
        <source>Thread saved {0}</source>
        <translation>Hilo guardado el {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="511"/>
        <source>Thread not loaded yet (Enter loads it)</source>
        <translation>Hilo aún no cargado (Intro lo carga)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="532"/>
        <source>Loading the thread…</source>
        <translation>Cargando el hilo…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="554"/>
        <source>showing the copy saved {0}</source>
        <translation>se muestra la copia guardada el {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="556"/>
        <source>no saved copy yet</source>
        <translation>aún no hay copia guardada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="557"/>
        <source>Could not load the thread ({0}); {1}</source>
        <translation>No se pudo cargar el hilo ({0}); {1}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="661"/>
        <source>That reply is no longer failed; nothing was changed.</source>
        <translation>Esa respuesta ya no figura como fallida; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="689"/>
        <source>Crisis watch: %n negative mention(s) in the last hour. Stay calm: read them together, contact the people, and don&apos;t rush a public statement.</source>
        <translation>
            <numerusform>Alerta de crisis: %n mención negativa en la última hora. Mantén la calma: léela con atención, contacta con la persona y no te precipites con una declaración pública.</numerusform>
            <numerusform>Alerta de crisis: %n menciones negativas en la última hora. Mantén la calma: léelas juntas, contacta con las personas y no te precipites con una declaración pública.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="694"/>
        <location filename="../../mbdesk/ui/views/inbox.py" line="718"/>
        <source>Scheduled posts paused</source>
        <translation>Publicaciones programadas en pausa</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="695"/>
        <source>Pause scheduled posts</source>
        <translation>Pausar publicaciones programadas</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="137"/>
        <source>File missing</source>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="138"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="153"/>
        <source>(no alt text)</source>
        <translation>(sin texto alternativo)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="155"/>
        <source>{file}: the file is gone ({path}).</source>
        <translation>{file}: el archivo ya no existe ({path}).</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../mbdesk/ui/i18n.py" line="25"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/i18n.py" line="30"/>
        <source>, </source>
        <comment>between the parts of a sentence</comment>
        <translation>, </translation>
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
        <translation>mbdesk — espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="147"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="150"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="151"/>
        <source>&amp;About mbdesk</source>
        <translation>&amp;Acerca de mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="155"/>
        <source>Compose &amp; Drafts</source>
        <translation>Redactar y borradores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="156"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="157"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="158"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="159"/>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="160"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="189"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="275"/>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="303"/>
        <source>Database checked: OK</source>
        <translation>Base de datos comprobada: correcta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="308"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="337"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="353"/>
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="354"/>
        <source>The database check found problems: {details}</source>
        <translation>La comprobación de la base de datos encontró problemas: {details}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="358"/>
        <source>No backup exists yet. Keep mbdesk closed and copy the data folder {folder} somewhere safe before trying anything else.</source>
        <translation>Aún no hay ninguna copia de seguridad. Mantén mbdesk cerrado y copia la carpeta de datos {folder} en un lugar seguro antes de intentar cualquier otra cosa.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="363"/>
        <source>You can restore the last backup ({name}). The damaged file is kept beside it, not deleted.</source>
        <translation>Puedes restaurar la última copia de seguridad ({name}). El archivo dañado se guarda a su lado; no se borra.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="365"/>
        <source>Restore last backup</source>
        <translation>Restaurar la última copia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="366"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="373"/>
        <source>Restored {name}</source>
        <translation>Se restauró {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="397"/>
        <source>About mbdesk</source>
        <translation>Acerca de mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="398"/>
        <source>mbdesk {version}
A desktop console for a shop&apos;s microblog accounts.
Data folder: {folder}</source>
        <translation>mbdesk {version}
Una consola de escritorio para las cuentas de microblog de una tienda.
Carpeta de datos: {folder}</translation>
    </message>
</context>
<context>
    <name>MediaItem</name>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="70"/>
        <source>Describe the image for people who cannot see it (alt text)</source>
        <translation>Describe la imagen para quien no pueda verla (texto alternativo)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="76"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="79"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="82"/>
        <source>Remove this image from the draft</source>
        <translation>Quitar esta imagen del borrador</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="100"/>
        <source>{type} · {w}×{h} · {size}</source>
        <translation>{type} · {w}×{h} · {size}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="106"/>
        <source>made smaller for {platforms} when posted</source>
        <translation>se reducirá para {platforms} al publicar</translation>
    </message>
</context>
<context>
    <name>MediaLibraryDialog</name>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="253"/>
        <source>Media library</source>
        <translation>Biblioteca de imágenes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="268"/>
        <source>Search alt text and file names</source>
        <translation>Buscar en textos alternativos y nombres de archivo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="298"/>
        <source>Describe the image for people who cannot see it (alt text)</source>
        <translation>Describe la imagen para quien no pueda verla (texto alternativo)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="300"/>
        <source>Save alt text</source>
        <translation>Guardar texto alt.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="302"/>
        <source>Saved here, this text is offered each time the image is used again</source>
        <translation>Guardado aquí, este texto se propone cada vez que se vuelve a usar la imagen</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="310"/>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="415"/>
        <source>Add to draft</source>
        <translation>Añadir al borrador</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="330"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="366"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="368"/>
        <source>No image matches</source>
        <translation>Ninguna imagen coincide</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="370"/>
        <source>No images yet</source>
        <translation>Aún no hay imágenes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="371"/>
        <source>Images you add to drafts and posts appear here, with their alt text, to use again.</source>
        <translation>Las imágenes que añades a borradores y publicaciones aparecen aquí, con su texto alternativo, para volver a usarlas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="379"/>
        <source>The library could not be read: {reason}</source>
        <translation>No se pudo leer la biblioteca: {reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="401"/>
        <source>Select one or more images (Ctrl or Shift for more).</source>
        <translation>Selecciona una o varias imágenes (Ctrl o Mayús para varias).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="408"/>
        <source>Images whose file is missing cannot be added.</source>
        <translation>Las imágenes cuyo archivo falta no se pueden añadir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="410"/>
        <source>This draft has room for %n more image(s).</source>
        <translation>
            <numerusform>En este borrador cabe %n imagen más.</numerusform>
            <numerusform>En este borrador caben %n imágenes más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="414"/>
        <source>Add %n to draft</source>
        <translation>
            <numerusform>Añadir %n al borrador</numerusform>
            <numerusform>Añadir %n al borrador</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="420"/>
        <source>{file} — the file is gone: {path}</source>
        <translation>{file} — el archivo ya no existe: {path}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="424"/>
        <source>{file} · {w}×{h} · {size} · last used {when}</source>
        <translation>{file} · {w}×{h} · {size} · último uso {when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="443"/>
        <source>Alt text saved: it is offered each time this image is used.</source>
        <translation>Texto alternativo guardado: se propondrá cada vez que se use esta imagen.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/media_library_dialog.py" line="453"/>
        <source>The alt text could not be saved: {reason}</source>
        <translation>No se pudo guardar el texto alternativo: {reason}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="126"/>
        <source>Add images…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="129"/>
        <source>From library…</source>
        <translation>De la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="131"/>
        <source>Images used before, with their alt text</source>
        <translation>Imágenes ya usadas, con su texto alternativo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="187"/>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="223"/>
        <source>{file}: a post takes at most {n} images.</source>
        <translation>{file}: una publicación admite como máximo {n} imágenes.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="237"/>
        <source>Add images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="238"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="275"/>
        <source>%n of %1 image(s)</source>
        <translation>
            <numerusform>%n de %1 imágenes</numerusform>
            <numerusform>%n de %1 imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/media_panel.py" line="276"/>
        <source>No images</source>
        <translation>Sin imágenes</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="70"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="71"/>
        <source>read</source>
        <translation>leída</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="72"/>
        <source>done</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="157"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="158"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="159"/>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="160"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="161"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="35"/>
        <location filename="../../mbdesk/ui/onboarding.py" line="38"/>
        <source>Welcome to mbdesk</source>
        <translation>Te damos la bienvenida a mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="44"/>
        <source>Plan posts on a calendar, answer every mention from one inbox (offline too), get to know your followers and watch your shop grow.

Everything stays on this computer; account tokens are kept in the system keyring.</source>
        <translation>Planifica publicaciones en un calendario, responde a cada mención desde una sola bandeja de entrada (también sin conexión), conoce a tus seguidores y mira crecer tu tienda.

Todo queda en este equipo; los tokens de las cuentas van al llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="49"/>
        <source>Explore the demo workspace</source>
        <translation>Explorar el espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="51"/>
        <source>Opens a sample shop with three accounts in a separate folder. Nothing is sent anywhere.</source>
        <translation>Abre una tienda de ejemplo con tres cuentas en una carpeta aparte. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="53"/>
        <source>Connect my first account</source>
        <translation>Conectar mi primera cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/onboarding.py" line="54"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>OutboxHistory</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="65"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="66"/>
        <source>Hand to the server</source>
        <translation>Entregar al servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="67"/>
        <source>Look up (did it arrive?)</source>
        <translation>Buscar (¿llegó?)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="68"/>
        <source>Check (did the server publish it?)</source>
        <translation>Comprobar (¿lo publicó el servidor?)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="69"/>
        <source>Take back from the server</source>
        <translation>Retirar del servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="70"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="71"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="78"/>
        <source>started (running, or mbdesk stopped during it)</source>
        <translation>iniciado (en curso, o mbdesk se detuvo durante el intento)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="80"/>
        <source>interrupted: mbdesk stopped</source>
        <translation>interrumpido: mbdesk se detuvo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="81"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="82"/>
        <source>held by the server</source>
        <translation>lo guarda el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="83"/>
        <source>published at once (the server ignored the time)</source>
        <translation>publicado al instante (el servidor ignoró la hora)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="85"/>
        <source>the server cannot hold it: kept by mbdesk</source>
        <translation>el servidor no puede guardarlo: lo guarda mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="87"/>
        <source>the server would not hold it: kept by mbdesk</source>
        <translation>el servidor no quiso guardarlo: lo guarda mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="89"/>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="90"/>
        <source>answer lost</source>
        <translation>respuesta perdida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="91"/>
        <source>not now: tried again later</source>
        <translation>ahora no: se reintenta más tarde</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="92"/>
        <source>not on the server</source>
        <translation>no está en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="93"/>
        <source>found on the server</source>
        <translation>encontrado en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="94"/>
        <source>taken back</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="95"/>
        <source>edited on the server</source>
        <translation>editada en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="96"/>
        <source>deleted on the server</source>
        <translation>eliminada en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="97"/>
        <source>already gone: nothing to delete</source>
        <translation>ya no estaba: nada que eliminar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="99"/>
        <source>cannot look on this account: look on the platform</source>
        <translation>esta cuenta no puede comprobarlo: mira en la plataforma</translation>
    </message>
</context>
<context>
    <name>OutboxHistoryDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="401"/>
        <source>History of this post</source>
        <translation>Historial de esta publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="407"/>
        <source>{account} · {state} · tries: {tries}</source>
        <translation>{account} · {state} · intentos: {tries}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="413"/>
        <source>Sent {when}:</source>
        <translation>Enviada el {when}:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="413"/>
        <source>Edited {when}:</source>
        <translation>Editada el {when}:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="416"/>
        <source>Deleted on the platform {when}.</source>
        <translation>Eliminada en la plataforma el {when}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="421"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="421"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="422"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="422"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="432"/>
        <source>({seconds} s)</source>
        <translation>({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="445"/>
        <source>No tries recorded yet. (Posts queued before this version of mbdesk have no history.)</source>
        <translation>Aún no hay intentos registrados. (Las publicaciones en cola antes de esta versión de mbdesk no tienen historial.)</translation>
    </message>
</context>
<context>
    <name>OutboxListModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="127"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="128"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="128"/>
        <source>Reason / note</source>
        <translation>Motivo / nota</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="128"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="143"/>
        <source>Sent %n time(s); the History… button lists every try.</source>
        <translation>
            <numerusform>Enviada %n vez; el botón Historial… muestra cada intento.</numerusform>
            <numerusform>Enviada %n veces; el botón Historial… muestra cada intento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="155"/>
        <source>%n look-up(s)</source>
        <translation>
            <numerusform>%n búsqueda</numerusform>
            <numerusform>%n búsquedas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="57"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="58"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="59"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="60"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="30"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="31"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="32"/>
        <source>On the server (scheduled)</source>
        <translation>En el servidor (programada)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="34"/>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="77"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="35"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="36"/>
        <source>Outcome unknown — checking</source>
        <translation>Resultado desconocido: comprobando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="38"/>
        <source>Held — waiting for you</source>
        <translation>Retenida: te espera</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="47"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="49"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox_list.py" line="51"/>
        <source>Sent (edited)</source>
        <translation>Enviada (editada)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="75"/>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="76"/>
        <source>Waiting to go out</source>
        <translation>Esperando a salir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="78"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="92"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="93"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="94"/>
        <source>Send a held post now (its time has passed)</source>
        <translation>Enviar ahora una publicación retenida (su hora ya pasó)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="95"/>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="368"/>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="380"/>
        <source>Cancel post</source>
        <translation>Cancelar publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="96"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="98"/>
        <source>Give the selected sent post a new text (where its platform allows it)</source>
        <translation>Dar un texto nuevo a la publicación enviada seleccionada (si su plataforma lo permite)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="100"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="102"/>
        <source>Delete the selected sent post on its platform</source>
        <translation>Eliminar en su plataforma la publicación enviada seleccionada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="103"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="104"/>
        <source>Every try to send the selected post, and every time mbdesk looked for it on the server</source>
        <translation>Cada intento de enviar la publicación seleccionada y cada vez que mbdesk la buscó en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="110"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="152"/>
        <source>Outbox — all accounts</source>
        <translation>Bandeja de salida: todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="154"/>
        <source>Outbox — {handle}</source>
        <translation>Bandeja de salida: {handle}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="158"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="160"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n retenida</numerusform>
            <numerusform>%n retenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="162"/>
        <source>%n being checked</source>
        <translation>
            <numerusform>%n en comprobación</numerusform>
            <numerusform>%n en comprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="166"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="172"/>
        <source>Nothing needs your attention: no failed, held or unresolved posts.</source>
        <translation>Nada requiere tu atención: no hay publicaciones fallidas, retenidas ni pendientes de confirmar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="175"/>
        <source>No posts here.</source>
        <translation>No hay publicaciones aquí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="223"/>
        <source>Failed: {reason} — fix it in the draft or press Retry.</source>
        <translation>Falló: {reason}. Corrígelo en el borrador o pulsa Reintentar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="224"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="226"/>
        <source>mbdesk lost the server&apos;s answer; it checks whether the change was made and never makes it twice. {reason}</source>
        <translation>mbdesk perdió la respuesta del servidor; comprueba si el cambio se hizo y nunca lo hace dos veces. {reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="230"/>
        <source>Deleted on the platform {when}.</source>
        <translation>Eliminada en la plataforma el {when}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="234"/>
        <source>The edit goes out with the next sync.</source>
        <translation>La edición se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="235"/>
        <source>The delete goes out with the next sync.</source>
        <translation>La eliminación se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="237"/>
        <source>mbdesk lost the server&apos;s answer; it checks whether the post arrived and never sends it twice. {reason}</source>
        <translation>mbdesk perdió la respuesta del servidor; comprueba si la publicación llegó y nunca la envía dos veces. {reason}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="241"/>
        <source>Its time passed while mbdesk could not publish: send it now, or cancel it.</source>
        <translation>Su hora pasó mientras mbdesk no podía publicar: envíala ahora o cancélala.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="244"/>
        <source>The server holds this post and publishes it at its time, even with mbdesk closed.</source>
        <translation>El servidor guarda esta publicación y la publica a su hora, aunque mbdesk esté cerrado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="285"/>
        <source>Send again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="286"/>
        <source>mbdesk could not find out whether this post arrived. Look at the account on the platform first.

Is the post NOT there? Then it is sent again now. If it is there, choose No and cancel the post instead.

{text}</source>
        <translation>mbdesk no pudo averiguar si esta publicación llegó. Mira primero la cuenta en la plataforma.

¿La publicación NO está allí? Entonces se envía de nuevo ahora. Si está, elige No y cancela la publicación.

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="349"/>
        <source>This post is deleted (or its delete is on the way).</source>
        <translation>Esta publicación está eliminada (o su eliminación está en curso).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="350"/>
        <source>Only a post that went out can be edited or deleted.</source>
        <translation>Solo se puede editar o eliminar una publicación que ya salió.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="352"/>
        <source>Edit or delete</source>
        <translation>Editar o eliminar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="362"/>
        <source>Cancel this post? It will not be published.

{text}</source>
        <translation>¿Cancelar esta publicación? No se publicará.

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="364"/>
        <source>Cancel this edit? The post keeps its text.

{text}</source>
        <translation>¿Cancelar esta edición? La publicación conserva su texto.

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="366"/>
        <source>Cancel this delete? The post stays up.

{text}</source>
        <translation>¿Cancelar esta eliminación? La publicación sigue publicada.

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="381"/>
        <source>The server holds this post; it can be taken back once sync has started.</source>
        <translation>El servidor guarda esta publicación; se podrá retirar cuando empiece la sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/outbox_panel.py" line="384"/>
        <source>Taking the post back from the server…</source>
        <translation>Retirando la publicación del servidor…</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="84"/>
        <source>will not go out: this account needs re-authorization (Accounts → Re-authorize…)</source>
        <translation>no saldrá: esta cuenta necesita volver a autorizarse (Cuentas → Volver a autorizar…)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="90"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="105"/>
        <source>deleted on {when}</source>
        <translation>eliminado el {when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="110"/>
        <source>due after this account&apos;s sign-in runs out — re-authorize it first (Accounts)</source>
        <translation>toca después de que caduque el inicio de sesión de la cuenta: vuelve a autorizarla antes (Cuentas)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="130"/>
        <source>local scheduling only: kept by mbdesk (this server cannot hold scheduled posts) — keep mbdesk or &apos;mbdesk sync&apos; running at the time</source>
        <translation>solo programación local: la guarda mbdesk (este servidor no puede guardar publicaciones programadas); deja mbdesk o &apos;mbdesk sync&apos; en marcha a esa hora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="137"/>
        <source>scheduled on the server</source>
        <translation>programada en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="139"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="140"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="141"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="142"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="143"/>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="144"/>
        <source>held: its time passed while mbdesk was closed</source>
        <translation>retenida: su hora pasó con mbdesk cerrado</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="73"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="74"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="75"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="76"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="77"/>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="78"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="79"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="80"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="102"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="110"/>
        <source>Already following when mbdesk first looked at this account</source>
        <translation>Ya seguía cuando mbdesk miró esta cuenta por primera vez</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="47"/>
        <location filename="../../mbdesk/ui/models/accounts.py" line="59"/>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="49"/>
        <source>Sandbox (offline test server)</source>
        <translation>Sandbox (pruebas sin red)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="57"/>
        <source>Sandbox</source>
        <translation>Pruebas</translation>
    </message>
</context>
<context>
    <name>PostChange</name>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="100"/>
        <source>This server ({software}) does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>Este servidor ({software}) no permite editar una publicación enviada. ¿Eliminarla y publicar de nuevo el texto nuevo?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="104"/>
        <source>{platform} does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>{platform} no permite editar una publicación enviada. ¿Eliminarla y publicar de nuevo el texto nuevo?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="112"/>
        <source>Yes deletes the post (after one more confirmation) and copies its text, so you can post the corrected text from Compose.</source>
        <translation>Sí elimina la publicación (tras una confirmación más) y copia su texto, para que publiques el texto corregido desde Redactar.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="116"/>
        <source>Edit sent post</source>
        <translation>Editar publicación enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="130"/>
        <source>Delete this post on {platform} for everyone? This cannot be undone. mbdesk deletes it once, also when the connection drops, and keeps its texts in the history.

{text}</source>
        <translation>¿Eliminar esta publicación en {platform} para todos? No se puede deshacer. mbdesk la elimina una sola vez, también si se corta la conexión, y guarda sus textos en el historial.

{text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/post_change_dialogs.py" line="139"/>
        <source>Delete sent post</source>
        <translation>Eliminar publicación enviada</translation>
    </message>
</context>
<context>
    <name>PostDetailsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="314"/>
        <source>Scheduled post</source>
        <translation>Publicación programada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="317"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="318"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="319"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="325"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>PostFieldsBox</name>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="48"/>
        <source>Optional: a warning shown before the text, which stays hidden until opened</source>
        <translation>Opcional: un aviso que se muestra antes del texto, oculto hasta que se abre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="51"/>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="52"/>
        <source>Unlisted (not in public timelines)</source>
        <translation>No listada (fuera de las cronologías públicas)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="53"/>
        <source>Followers only</source>
        <translation>Solo seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="54"/>
        <source>Mentioned people only</source>
        <translation>Solo las personas mencionadas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="59"/>
        <source>Not set (the account&apos;s default)</source>
        <translation>Sin indicar (el de la cuenta)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="63"/>
        <source>Mastodon shows this line first and hides the text until it is opened; other platforms do not get it.</source>
        <translation>Mastodon muestra primero esta línea y oculta el texto hasta que se abre; las demás plataformas no la reciben.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="65"/>
        <source>Mastodon only: who can see the post.</source>
        <translation>Solo Mastodon: quién puede ver la publicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="67"/>
        <source>Sent to Mastodon and Bluesky, where readers filter and translate posts by it.</source>
        <translation>Se envía a Mastodon y Bluesky, donde los lectores filtran y traducen las publicaciones por idioma.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="68"/>
        <source>Content warning</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="69"/>
        <source>Who sees it</source>
        <translation>Quién la ve</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/post_fields.py" line="70"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>QueueSlotsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="42"/>
        <source>Queue slots</source>
        <translation>Horarios de la cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="49"/>
        <source>Times of day when “Add to queue” may place this account&apos;s posts, per weekday (for example 09:00, 12:30, 19:00).</source>
        <translation>Horas del día en las que “Añadir a la cola” puede colocar las publicaciones de esta cuenta, por día de la semana (por ejemplo 09:00, 12:30, 19:00).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="53"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="58"/>
        <source>no slots</source>
        <translation>sin horarios</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="62"/>
        <source>Copy Monday to Tuesday–Friday</source>
        <translation>Copiar el lunes de martes a viernes</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="92"/>
        <source>“{text}” is not a list of times like 09:00, 12:30.</source>
        <translation>“{text}” no es una lista de horas como 09:00, 12:30.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="36"/>
        <source>{when} does not exist in {zone}: the clocks skip that hour (daylight saving time). Pick a time outside it.</source>
        <translation>{when} no existe en {zone}: el reloj se salta esa hora (horario de verano). Elige otra hora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="41"/>
        <source>{when} is more than {years} years ahead. Check the year.</source>
        <translation>{when} está a más de {years} años en el futuro. Revise el año.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="44"/>
        <source>{when} is in the past. Pick a future time.</source>
        <translation>{when} ya pasó. Elige una hora futura.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="57"/>
        <source>Schedule post</source>
        <translation>Programar publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="75"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="76"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="77"/>
        <source>Time zone: {zone}</source>
        <translation>Zona horaria: {zone}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="90"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/schedule_dialog.py" line="135"/>
        <source>A suggested time has passed while the dialog was open. Pick a time, or open the dialog again.</source>
        <translation>Una hora sugerida ya pasó mientras el diálogo estaba abierto. Elige una hora o vuelve a abrir el diálogo.</translation>
    </message>
</context>
<context>
    <name>ScheduleImport</name>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="130"/>
        <source>The file is not UTF-8 text (byte {byte} on line {line}). Save it as “CSV UTF-8” and import it again.</source>
        <translation>El archivo no es texto UTF-8 (byte {byte} en la línea {line}). Guárdalo como “CSV UTF-8” y vuelve a importarlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="134"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="137"/>
        <source>The file has no header row.</source>
        <translation>El archivo no tiene fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="140"/>
        <source>The CSV cannot be read at line {line}: {error}.</source>
        <translation>No se puede leer el CSV en la línea {line}: {error}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="143"/>
        <source>Missing column(s): {missing}. The header has: {found}.</source>
        <translation>Faltan columnas: {missing}. El encabezado tiene: {found}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="146"/>
        <source>More than {max} rows; split the file.</source>
        <translation>Más de {max} filas; divide el archivo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="149"/>
        <source>No date/time.</source>
        <translation>Sin fecha/hora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="152"/>
        <source>Cannot read the date/time “{value}” (use e.g. 2026-05-04 09:00).</source>
        <translation>No se puede leer la fecha/hora “{value}” (usa p. ej. 2026-05-04 09:00).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="155"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Zona horaria desconocida: “{zone}”.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="158"/>
        <source>{value} does not exist in {zone}: the clocks skip that hour (daylight saving time).</source>
        <translation>{value} no existe en {zone}: el reloj se salta esa hora (horario de verano).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="162"/>
        <source>{value} is in the past.</source>
        <translation>{value} ya pasó.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="165"/>
        <source>{value} is more than {years} years ahead; check the year.</source>
        <translation>{value} está a más de {years} años en el futuro; revise el año.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="168"/>
        <source>No account.</source>
        <translation>Sin cuenta.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="171"/>
        <source>Unknown account “{account}”.</source>
        <translation>Cuenta desconocida: “{account}”.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="174"/>
        <source>No text and no media.</source>
        <translation>Sin texto ni archivos multimedia.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="177"/>
        <source>The text is {count} long; {account} ({platform}) accepts {limit}.</source>
        <translation>El texto mide {count}; {account} ({platform}) admite {limit}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="180"/>
        <source>Cannot count text for the platform {platform}.</source>
        <translation>No se puede contar el texto para la plataforma {platform}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="183"/>
        <source>Media file not found: {path}.</source>
        <translation>No se encontró el archivo multimedia: {path}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="186"/>
        <source>Alt text given without a media file.</source>
        <translation>Hay texto alternativo pero ningún archivo multimedia.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="189"/>
        <source>The row has {count} fields; the header has {expected}.</source>
        <translation>La fila tiene {count} campos; el encabezado tiene {expected}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/calendar_dialogs.py" line="194"/>
        <source>The media file {path} is outside the CSV&apos;s folder; move it next to the CSV, or allow files outside it below.</source>
        <translation>El archivo multimedia {path} está fuera de la carpeta del CSV; muévelo junto al CSV o permite abajo los archivos de fuera.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="225"/>
        <source>Holds scheduled posts</source>
        <translation>Guarda publicaciones programadas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="226"/>
        <source>Moves or cancels posts it holds</source>
        <translation>Mueve o cancela las que guarda</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="227"/>
        <source>Honours Idempotency-Key</source>
        <translation>Respeta Idempotency-Key (sin duplicados)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="228"/>
        <source>Mentions from strangers (notification requests)</source>
        <translation>Menciones de desconocidos (solicitudes de notificación)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="230"/>
        <location filename="../../mbdesk/ui/models/accounts.py" line="376"/>
        <source>Follow requests</source>
        <translation>Solicitudes de seguimiento</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="231"/>
        <source>Reads post metrics in batches</source>
        <translation>Lee las métricas en bloque</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="232"/>
        <source>Quote posts</source>
        <translation>Citas de publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="233"/>
        <source>Rate-limit headers</source>
        <translation>Cabeceras de límite de uso</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="234"/>
        <source>Reads mentions, followers and metrics (X access level)</source>
        <translation>Lee menciones, seguidores y métricas (nivel de acceso de X)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="236"/>
        <source>Shows only part of a large follower list</source>
        <translation>Muestra solo parte de una lista de seguidores grande</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="245"/>
        <source>mbdesk finds this out at the next sync.</source>
        <translation>mbdesk lo averigua en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="247"/>
        <source>Scheduled posts are handed to the server and go out even with mbdesk closed.</source>
        <translation>Las publicaciones programadas se entregan al servidor y salen aunque mbdesk esté cerrado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="250"/>
        <source>Scheduled posts: kept by mbdesk (this server cannot hold them) — keep mbdesk or &apos;mbdesk sync&apos; running at the time.</source>
        <translation>Publicaciones programadas: las guarda mbdesk (este servidor no puede guardarlas); deja mbdesk o «mbdesk sync» en marcha a esa hora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="254"/>
        <source>Moving or cancelling a post the server holds changes it there too.</source>
        <translation>Mover o cancelar una publicación que guarda el servidor también la cambia allí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="257"/>
        <source>Posts are not handed to the server; mbdesk keeps them so you can still change them.</source>
        <translation>Las publicaciones no se entregan al servidor; mbdesk las guarda para que puedas seguir cambiándolas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="261"/>
        <source>If an answer is lost, sending again cannot publish the post twice.</source>
        <translation>Si se pierde una respuesta, volver a enviar no puede publicarla dos veces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="264"/>
        <source>If an answer is lost, mbdesk first looks for the post on the server and never sends it twice.</source>
        <translation>Si se pierde una respuesta, mbdesk primero busca la publicación en el servidor y nunca la envía dos veces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="268"/>
        <source>Mentions the server filtered from people you do not follow reach your inbox too.</source>
        <translation>Las menciones que el servidor filtró de gente que no sigues también llegan a tu bandeja.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="271"/>
        <source>Mentions the server filters away do not reach mbdesk; check them on the server&apos;s website.</source>
        <translation>Las menciones que el servidor filtra no llegan a mbdesk; revísalas en la web del servidor.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="275"/>
        <source>Accept or reject people who ask to follow you, in Followers.</source>
        <translation>Acepta o rechaza a quien pide seguirte, en Seguidores.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="277"/>
        <source>Answer follow requests on the server&apos;s website.</source>
        <translation>Responde a las solicitudes de seguimiento en la web del servidor.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="279"/>
        <source>Likes and boosts of many posts come in one request.</source>
        <translation>Los «me gusta» e impulsos de muchas publicaciones llegan en una sola petición.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="281"/>
        <source>Likes and boosts are read one post at a time: slower, but they still come.</source>
        <translation>Los «me gusta» e impulsos se leen de uno en uno: más lento, pero llegan igual.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="284"/>
        <source>People can quote your posts.</source>
        <translation>Se pueden citar tus publicaciones.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="285"/>
        <source>This server does not show quote posts.</source>
        <translation>Este servidor no muestra citas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="287"/>
        <source>The server says how many requests are left, so mbdesk slows down in time.</source>
        <translation>El servidor dice cuántas peticiones quedan, así que mbdesk frena a tiempo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="290"/>
        <source>mbdesk slows down only when the server says it is busy.</source>
        <translation>mbdesk solo frena cuando el servidor dice que está ocupado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="292"/>
        <source>This app&apos;s X access level lets mbdesk read mentions, followers and post metrics.</source>
        <translation>El nivel de acceso de esta app de X permite a mbdesk leer menciones, seguidores y métricas de las publicaciones.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="295"/>
        <source>This app&apos;s X access level allows posting only: mentions, followers and metrics are not available with it. mbdesk asks again daily and on Sync now.</source>
        <translation>El nivel de acceso de esta app de X solo permite publicar: las menciones, los seguidores y las métricas no están disponibles con él. mbdesk vuelve a preguntar cada día y al pulsar Sincronizar ahora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="299"/>
        <source>The server hands apps only part of a large follower list: Followers lists those it shows; the follower count is the full one.</source>
        <translation>El servidor da a las aplicaciones solo parte de una lista de seguidores grande: Seguidores muestra a quienes entrega; el número de seguidores es el completo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="303"/>
        <source>Followers lists everyone who follows the account.</source>
        <translation>Seguidores muestra a todos los que siguen la cuenta.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="311"/>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="312"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="312"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="341"/>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="359"/>
        <source>Characters per post</source>
        <translation>Caracteres por publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="362"/>
        <source>Characters per link</source>
        <translation>Caracteres por enlace</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="363"/>
        <source>Every link counts as this many characters, however long it is.</source>
        <translation>Cada enlace cuenta como estos caracteres, sea cual sea su longitud.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="366"/>
        <source>Images per post</source>
        <translation>Imágenes por publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="373"/>
        <source>Checking the server</source>
        <translation>Comprobar el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="374"/>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="375"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="377"/>
        <source>Watched words</source>
        <translation>Palabras vigiladas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="378"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="379"/>
        <source>Daily counts</source>
        <translation>Recuentos diarios</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="380"/>
        <source>Likes and boosts</source>
        <translation>«Me gusta» e impulsos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="381"/>
        <source>Competitors</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="407"/>
        <source>ok · {time}</source>
        <translation>bien · {time}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="408"/>
        <source>ok</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="410"/>
        <source>The other steps still ran; this one is tried again at the next sync.</source>
        <translation>Los demás pasos se hicieron; este se reintenta en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="413"/>
        <source>failed · {time}</source>
        <translation>falló · {time}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="414"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="416"/>
        <source>not available with this app&apos;s access level</source>
        <translation>no disponible con el nivel de acceso de esta app</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="417"/>
        <source>Posting still works. mbdesk asks again daily and on Sync now; a higher access level of your X app enables it.</source>
        <translation>Publicar sigue funcionando. mbdesk vuelve a preguntar cada día y al pulsar Sincronizar ahora; un nivel de acceso superior de tu app de X lo habilita.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="420"/>
        <source>not available on this server</source>
        <translation>no disponible en este servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="421"/>
        <source>mbdesk checks again later, in case the server adds it.</source>
        <translation>mbdesk vuelve a mirar más tarde, por si el servidor lo añade.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="424"/>
        <source>This step runs less often than every sync.</source>
        <translation>Este paso no se hace en cada sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="426"/>
        <source>not due (ran {time})</source>
        <translation>aún no toca (última: {time})</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="427"/>
        <source>not due</source>
        <translation>aún no toca</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="436"/>
        <source>1 item from the server could not be read</source>
        <translation>1 elemento del servidor no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="437"/>
        <source>{count} items from the server could not be read</source>
        <translation>{count} elementos del servidor no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="449"/>
        <source>not run yet</source>
        <translation>aún no se ha hecho</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="43"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="51"/>
        <source>System time zone</source>
        <translation>Zona horaria del sistema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="55"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="58"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="59"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="59"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="62"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="65"/>
        <source>Hold them and ask me</source>
        <translation>Retenerlas y preguntarme</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="66"/>
        <source>Send them right away</source>
        <translation>Enviarlas enseguida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="68"/>
        <source>Posts whose time passed while mbdesk was closed</source>
        <translation>Publicaciones cuya hora pasó con mbdesk cerrado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="69"/>
        <source>Missed posts</source>
        <translation>Publicaciones vencidas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="76"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="81"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="84"/>
        <source>Tokens are kept in the system keyring ({backend}).</source>
        <translation>Los tokens se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="88"/>
        <source>No secure keyring was found: mbdesk will not store account tokens unless you allow plaintext storage below.</source>
        <translation>No se encontró un llavero seguro: mbdesk solo guardará tokens de cuentas si permites abajo el texto plano.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="93"/>
        <source>Allow a plaintext token file when no keyring exists</source>
        <translation>Permitir un archivo de tokens en texto plano si no hay llavero</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="95"/>
        <source>Not recommended: anyone who can read your files can then use your accounts.</source>
        <translation>No recomendado: cualquiera que pueda leer tus archivos podrá usar tus cuentas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="107"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="108"/>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="112"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="114"/>
        <source>A new language takes effect the next time mbdesk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie mbdesk.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="139"/>
        <source>From the system ({country})</source>
        <translation>Del sistema ({country})</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="140"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="141"/>
        <source>No holidays</source>
        <translation>Sin festivos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="148"/>
        <source>Public holidays on the calendar</source>
        <translation>Festivos en el calendario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="151"/>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="157"/>
        <source>no warning</source>
        <translation>sin aviso</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="153"/>
        <source>Warn above, posts a day per account</source>
        <translation>Límite diario por cuenta (aviso)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="156"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="159"/>
        <source>Warn when two posts are closer than</source>
        <translation>Intervalo mínimo (aviso)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="160"/>
        <source>Warn outside an account&apos;s best hours</source>
        <translation>Avisar fuera de las mejores horas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="162"/>
        <source>Best hours come from the engagement of the account&apos;s own posts (20 or more).</source>
        <translation>Las mejores horas salen de la interacción de las publicaciones de la propia cuenta (20 o más).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="189"/>
        <source>Unknown time zone “{zone}”. Pick one from the list, for example Europe/Madrid or Asia/Shanghai.</source>
        <translation>Zona horaria desconocida: “{zone}”. Elige una de la lista, por ejemplo Europe/Madrid o Asia/Shanghai.</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="53"/>
        <source>Snippets</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="57"/>
        <source>Name, e.g. Opening hours</source>
        <translation>Nombre, p. ej. Horario de apertura</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="59"/>
        <source>Text inserted at the cursor</source>
        <translation>Texto que se inserta en el cursor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="60"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="61"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="93"/>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="125"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="98"/>
        <source>New snippet</source>
        <translation>Fragmento nuevo</translation>
    </message>
</context>
<context>
    <name>SnippetsMenu</name>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="42"/>
        <source>No snippets yet</source>
        <translation>Aún no hay fragmentos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/snippets.py" line="45"/>
        <source>Manage snippets…</source>
        <translation>Gestionar fragmentos…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="107"/>
        <source>Updating the database to a newer format…
This happens once and can take a minute for a large inbox.</source>
        <translation>Actualizando la base de datos a un formato nuevo…
Solo ocurre una vez y puede tardar un minuto si la bandeja es grande.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="177"/>
        <source>Restore last backup</source>
        <translation>Restaurar la última copia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="179"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="36"/>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="38"/>
        <source>Sync not started</source>
        <translation>Sincronización no iniciada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="47"/>
        <source>⚠ No secure keyring: accounts cannot be connected</source>
        <translation>⚠ Sin llavero seguro: no se pueden conectar cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="49"/>
        <source>mbdesk keeps account tokens only in the system keyring. Install and unlock one (for example gnome-keyring or KWallet), or allow plaintext storage in Settings.</source>
        <translation>mbdesk guarda los tokens de las cuentas solo en el llavero del sistema. Instala y desbloquea uno (por ejemplo gnome-keyring o KWallet) o permite guardarlos en texto plano en Configuración.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="62"/>
        <source>Sync idle — no platform connection to sync</source>
        <translation>Sincronización en espera: no hay conexiones que sincronizar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="79"/>
        <source>Network: unknown</source>
        <translation>Red: desconocida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="81"/>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="83"/>
        <source>○ Offline — changes wait in the outbox</source>
        <translation>○ Sin conexión: los cambios esperan en la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/status.py" line="107"/>
        <source>Last synced {0}</source>
        <translation>Última sincronización: {0}</translation>
    </message>
</context>
<context>
    <name>StoredText</name>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="26"/>
        <source>the X API</source>
        <translation>la API de X</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="27"/>
        <source>the {platform} server</source>
        <translation>el servidor de {platform}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="37"/>
        <source>The sandbox</source>
        <translation>El entorno de pruebas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="55"/>
        <source>Could not reach {server} ({where}).</source>
        <translation>No se pudo conectar con {server} ({where}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="60"/>
        <source>{server} did not answer after the request was sent ({where}); it may or may not have been applied.</source>
        <translation>{server} no respondió después de enviar la petición ({where}); puede que se haya aplicado o no.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="65"/>
        <source>{server} did not answer ({where}).</source>
        <translation>{server} no respondió ({where}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="70"/>
        <source>The server did not answer (timed out after {n} attempts). Check the connection, then retry.</source>
        <translation>El servidor no respondió (se agotó el tiempo tras {n} intentos). Comprueba la conexión y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="75"/>
        <source>The connection dropped after the post was sent; mbdesk checks whether it was published before trying again.</source>
        <translation>La conexión se cortó tras enviar la publicación; mbdesk comprueba si se publicó antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="80"/>
        <source>This server cannot hold scheduled posts; mbdesk publishes them itself at their time — keep mbdesk or &apos;mbdesk sync&apos; running then.</source>
        <translation>Este servidor no puede guardar publicaciones programadas; mbdesk las publica a su hora: mantén mbdesk o «mbdesk sync» en marcha entonces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="85"/>
        <source>The server would not hold this post ({reason}); mbdesk publishes it itself at its time — keep mbdesk or &apos;mbdesk sync&apos; running then.</source>
        <translation>El servidor no quiso guardar esta publicación ({reason}); mbdesk la publica a su hora: mantén mbdesk o «mbdesk sync» en marcha entonces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="91"/>
        <source>Interrupted by an internal error; checking the server before anything is sent again.</source>
        <translation>Interrumpido por un error interno; se comprueba el servidor antes de volver a enviar nada.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="95"/>
        <source>Interrupted while sending; checking the server before anything is sent again.</source>
        <translation>Interrumpido durante el envío; se comprueba el servidor antes de volver a enviar nada.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="101"/>
        <source>This server ignores scheduling: it published this post at once instead of at {when}. Later posts of this account are kept by mbdesk and published at their time.</source>
        <translation>Este servidor ignora la programación: publicó esta publicación en el acto en vez de a las {when}. Las siguientes publicaciones de esta cuenta las guarda mbdesk y las publica a su hora.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="107"/>
        <source>Check on the platform whether it is there: if not, Retry sends it; if it is, Cancel stops the checks.</source>
        <translation>Comprueba en la plataforma si está: si no, Reintentar la envía; si está, Cancelar detiene las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="112"/>
        <source>The server no longer holds this scheduled post and did not publish it (cancelled or deleted outside mbdesk?).</source>
        <translation>El servidor ya no guarda esta publicación programada y no la publicó (¿cancelada o borrada fuera de mbdesk?).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="116"/>
        <source>Its time ({when}) passed while mbdesk could not publish; sent late.</source>
        <translation>Su hora ({when}) pasó mientras mbdesk no podía publicar; enviada con retraso.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="121"/>
        <source>Its time ({when}) passed while mbdesk could not publish; held until you send, move or cancel it.</source>
        <translation>Su hora ({when}) pasó mientras mbdesk no podía publicar; retenida hasta que la envíes, la muevas o la canceles.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="126"/>
        <source>Checked: the earlier attempt is not on the server, so it will be sent again.</source>
        <translation>Comprobado: el intento anterior no está en el servidor, así que se enviará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="130"/>
        <source>Sent late on your request.</source>
        <translation>Enviada con retraso porque lo pediste.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="133"/>
        <source>A post moved in the calendar could not be moved on the server yet ({reason}); mbdesk tries again at the next sync.</source>
        <translation>Una publicación movida en el calendario aún no se pudo mover en el servidor ({reason}); mbdesk lo intenta de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="138"/>
        <source>Not available on this server ({reason}).</source>
        <translation>No disponible en este servidor ({reason}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="142"/>
        <source>{platform} rate limit reached ({where}); waiting.</source>
        <translation>Se alcanzó el límite de uso de {platform} ({where}); esperando.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="146"/>
        <source>{platform} refused {where} (HTTP {code}): {text}</source>
        <translation>{platform} rechazó {where} (HTTP {code}): {text}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="150"/>
        <source>The {platform} server failed (HTTP {code}, {where}).</source>
        <translation>El servidor de {platform} falló (HTTP {code}, {where}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="155"/>
        <source>{platform} no longer accepts this account&apos;s authorization ({text}). Authorize the account again.</source>
        <translation>{platform} ya no acepta la autorización de esta cuenta ({text}). Vuelve a autorizar la cuenta.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="162"/>
        <source>This server ({software}) does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>Este servidor ({software}) no permite editar una publicación enviada. ¿Borrarla y publicar de nuevo el texto nuevo?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="165"/>
        <source>This server does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>Este servidor no permite editar una publicación enviada. ¿Borrarla y publicar de nuevo el texto nuevo?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="170"/>
        <source>{platform} does not allow editing a sent post. Delete it and post the new text again?</source>
        <translation>{platform} no permite editar una publicación enviada. ¿Borrarla y publicar de nuevo el texto nuevo?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="174"/>
        <source>{platform} does not allow deleting a sent post.</source>
        <translation>{platform} no permite borrar una publicación enviada.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="178"/>
        <source>Only a sent post or reply can be edited or deleted.</source>
        <translation>Solo se puede editar o borrar una publicación o respuesta enviada.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="181"/>
        <source>Only a post that went out can be edited or deleted.</source>
        <translation>Solo se puede editar o borrar una publicación que ya salió.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="184"/>
        <source>This post is deleted (or its delete is on the way).</source>
        <translation>Esta publicación está borrada (o su borrado está en camino).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="187"/>
        <source>The post was deleted before this edit went out.</source>
        <translation>La publicación se borró antes de que saliera esta edición.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="190"/>
        <source>It was already gone.</source>
        <translation>Ya no estaba.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="192"/>
        <source>The new text is empty. To take the post down, delete it.</source>
        <translation>El texto nuevo está vacío. Para retirar la publicación, bórrala.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="195"/>
        <source>The new text is the same as the post&apos;s text.</source>
        <translation>El texto nuevo es igual al de la publicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/stored_text.py" line="199"/>
        <source>The new text is {count} long; the server accepts {limit}. Shorten it.</source>
        <translation>El texto nuevo tiene {count} de largo; el servidor acepta {limit}. Acórtalo.</translation>
    </message>
</context>
<context>
    <name>SuggestionRulesDialog</name>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="24"/>
        <source>Suggestion rules</source>
        <translation>Reglas de sugerencias</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="25"/>
        <source>mbdesk suggests tags by these rules. A suggestion is only shown in the person panel: you accept or dismiss it.</source>
        <translation>mbdesk sugiere etiquetas según estas reglas. Una sugerencia solo aparece en el panel de la persona: tú la aceptas o la descartas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="29"/>
        <source>…or the account is verified (bots are never suggested)</source>
        <translation>…o la cuenta está verificada (nunca se sugieren bots)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="34"/>
        <source>Suggest “potential customer?” when someone asks a purchase question (price, how to buy, shipping…)</source>
        <translation>Sugerir “¿posible cliente?” cuando alguien pregunta por una compra (precio, cómo comprar, envío…)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="37"/>
        <source>Purchase phrases in Chinese, Spanish and English come from resources/lexicons; add your own in a “lexicons” folder inside the data folder (purchase_mine.txt, one phrase a line).</source>
        <translation>Las frases de compra en chino, español e inglés vienen de resources/lexicons; añade las tuyas en una carpeta “lexicons” dentro de la carpeta de datos (purchase_mine.txt, una frase por línea).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="48"/>
        <source>Suggest “KOL?” when a person has at least</source>
        <translation>Sugerir “¿Influencer?” cuando alguien tiene al menos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="49"/>
        <source>followers</source>
        <translation>seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="51"/>
        <source>Suggest “engaged” after</source>
        <translation>Sugerir “activo” tras</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="52"/>
        <source>mentions of the shop within</source>
        <translation>menciones de la tienda en</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/suggestion_rules.py" line="53"/>
        <source>days</source>
        <translation>días</translation>
    </message>
</context>
<context>
    <name>SummaryTile</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="295"/>
        <source>no data in this range</source>
        <translation>sin datos en este periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="296"/>
        <source>{sign}{n} in this range</source>
        <translation>{sign}{n} en este periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="300"/>
        <source>Mentions (30 days): {0}</source>
        <translation>Menciones (30 días): {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="301"/>
        <source>Posts (30 days): {0}</source>
        <translation>Publicaciones (30 días): {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="302"/>
        <source>Median engagement per post: {0}</source>
        <translation>Interacción mediana por publicación: {0}</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="140"/>
        <source>Starting sync…</source>
        <translation>Iniciando la sincronización…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="265"/>
        <source>Sync could not start; details are in the log.</source>
        <translation>No se pudo iniciar la sincronización; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="297"/>
        <source>Sync idle — no accounts yet</source>
        <translation>Sincronización en espera: aún no hay cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="310"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/services/sync_service.py" line="313"/>
        <source>Offline — %n item(s) wait in the outbox</source>
        <translation>
            <numerusform>Sin conexión: %n elemento espera en la bandeja de salida</numerusform>
            <numerusform>Sin conexión: %n elementos esperan en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="315"/>
        <source>The system keyring is not available right now; mbdesk retries — unlock it or start it</source>
        <translation>El llavero del sistema no está disponible ahora; mbdesk lo reintenta — desbloquéelo o inícielo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="318"/>
        <source>An account needs to be authorized again</source>
        <translation>Una cuenta necesita volver a autorizarse</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="320"/>
        <source>Rate limited — waiting for the server</source>
        <translation>Límite de uso alcanzado: esperando al servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="322"/>
        <source>Some accounts are offline; retrying</source>
        <translation>Algunas cuentas están sin conexión; reintentando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="324"/>
        <source>Sync error — see the account&apos;s status</source>
        <translation>Error de sincronización: consulta el estado de la cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="326"/>
        <source>Synced, but some steps failed — see Accounts</source>
        <translation>Sincronizado, pero algunos pasos fallaron — mira Cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="327"/>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="76"/>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="77"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="78"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="79"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="80"/>
        <source>Keyring not available</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="81"/>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="82"/>
        <source>Up to date, some steps failed</source>
        <translation>Al día, algunos pasos fallaron</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="83"/>
        <source>Rate limited</source>
        <translation>Límite alcanzado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="84"/>
        <source>Waiting for sign-in</source>
        <translation>Esperando inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="85"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="48"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="55"/>
        <source>New tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="56"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="57"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="58"/>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="59"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="76"/>
        <source>Customer, KOL and potential customer are built in: they can be renamed and recoloured, not deleted.</source>
        <translation>Cliente, Influencer y Posible cliente vienen incluidas: puedes cambiarles el nombre y el color, pero no eliminarlas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="98"/>
        <source>{name} · {n} people</source>
        <translation>{name} · {n} personas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="101"/>
        <source>built in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="139"/>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="139"/>
        <source>Name of the new tag:</source>
        <translation>Nombre de la nueva etiqueta:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="150"/>
        <source>Rename tag</source>
        <translation>Cambiar nombre de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="150"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="170"/>
        <source>Merge tag</source>
        <translation>Fusionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="171"/>
        <source>Move everyone tagged “{0}” to:</source>
        <translation>Pasar a todas las personas con “{0}” a:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="178"/>
        <source>Merged “{0}” into “{1}”.</source>
        <translation>“{0}” se fusionó con “{1}”.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="186"/>
        <source>Delete the tag “{name}”? It is removed from {n} people.</source>
        <translation>¿Eliminar la etiqueta “{name}”? Se quitará a {n} personas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="191"/>
        <source>Deleted “{0}”.</source>
        <translation>Se eliminó “{0}”.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="206"/>
        <source>Tag colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_manager.py" line="210"/>
        <source>Delete tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
</context>
<context>
    <name>TagNames</name>
    <message>
        <location filename="../../mbdesk/ui/tag_names.py" line="20"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_names.py" line="21"/>
        <source>KOL</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/tag_names.py" line="22"/>
        <source>Potential customer</source>
        <translation>Posible cliente</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="38"/>
        <source>own text</source>
        <translation>texto propio</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="47"/>
        <location filename="../../mbdesk/ui/compose/targets.py" line="75"/>
        <source>Edit for this account</source>
        <translation>Editar para esta cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="74"/>
        <source>Back to the shared text</source>
        <translation>Volver al texto común</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="90"/>
        <source>{platform} counts {used} of {limit}</source>
        <translation>{platform} cuenta {used} de {limit}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/targets.py" line="93"/>
        <source>too long: the server would refuse it</source>
        <translation>demasiado largo: el servidor lo rechazaría</translation>
    </message>
</context>
<context>
    <name>UtmDialog</name>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="34"/>
        <source>Link tagging (UTM)</source>
        <translation>Etiquetado de enlaces (UTM)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="38"/>
        <source>Mastodon, Bluesky and Weibo do not tell you how many people clicked a link in your post. Tagged links do: each visit from a post shows up in your shop&apos;s own web analytics (for example under Acquisition → Campaigns) with the source, medium and campaign below. Only links to your own domains are tagged; links you tagged yourself are left as they are; replies are never tagged.</source>
        <translation>Mastodon, Bluesky y Weibo no dicen cuántas personas pulsaron un enlace de tu publicación. Los enlaces etiquetados sí: cada visita desde una publicación aparece en la analítica web de tu tienda (por ejemplo en Adquisición → Campañas) con la fuente, el medio y la campaña de abajo. Solo se etiquetan los enlaces a tus propios dominios; los que ya etiquetaste tú se dejan como están; las respuestas nunca se etiquetan.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="45"/>
        <source>Your shop&apos;s domains (subdomains count too):</source>
        <translation>Dominios de tu tienda (también cuentan los subdominios):</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="48"/>
        <source>e.g. myshop.com, shop.example.cn</source>
        <translation>p. ej. mitienda.es, tienda.example.cn</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="52"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="52"/>
        <source>Tag links</source>
        <translation>Etiquetar enlaces</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="53"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="53"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="78"/>
        <source>No accounts yet.</source>
        <translation>Aún no hay cuentas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="105"/>
        <source>No account tags links.</source>
        <translation>Ninguna cuenta etiqueta enlaces.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="108"/>
        <source>List at least one domain: until then no link is tagged.</source>
        <translation>Indica al menos un dominio: hasta entonces no se etiqueta ningún enlace.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="114"/>
        <source>spring-sale</source>
        <translation>rebajas-primavera</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="115"/>
        <source>Example: {url}</source>
        <translation>Ejemplo: {url}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/utm_dialog.py" line="120"/>
        <source>Tagging is on for an account but no domain is listed: add your shop&apos;s domain, or untick the accounts.</source>
        <translation>Hay una cuenta con el etiquetado activado pero ningún dominio: añade el dominio de tu tienda o desmarca las cuentas.</translation>
    </message>
</context>
<context>
    <name>UtmLine</name>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="33"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="36"/>
        <source>e.g. spring-sale (utm_campaign)</source>
        <translation>p. ej. rebajas-primavera (utm_campaign)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="38"/>
        <source>Added to links to your shop as utm_campaign, so your web analytics show the visits this post brought</source>
        <translation>Se añade a los enlaces a tu tienda como utm_campaign, para que tu analítica web muestre las visitas que trajo esta publicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="84"/>
        <source>Links as they will be sent:</source>
        <translation>Enlaces tal como se enviarán:</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/compose/utm_line.py" line="87"/>
        <source>No link to your shop in the text yet: links to your own domains get tagged.</source>
        <translation>Todavía no hay ningún enlace a tu tienda en el texto: se etiquetan los enlaces a tus propios dominios.</translation>
    </message>
</context>
<context>
    <name>WatchesDialog</name>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="35"/>
        <source>Keyword watches</source>
        <translation>Vigilancia de palabras clave</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="46"/>
        <source>A word, a product, a competitor or #hashtag</source>
        <translation>Una palabra, un producto, un competidor o un #hashtag</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="48"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="49"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="56"/>
        <source>Watches are searched on the account&apos;s server at each sync (hashtags through the tag timeline; words only where the server offers full-text search). Untick to pause one.</source>
        <translation>Las vigilancias se buscan en el servidor de la cuenta en cada sincronización (los hashtags en su cronología; las palabras solo donde el servidor ofrece búsqueda de texto completo). Desmarca una para pausarla.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/watches_dialog.py" line="80"/>
        <source>{query}  ({hits} found)</source>
        <translation>{query}  ({hits} encontradas)</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="50"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer copia de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="51"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="52"/>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Exportar el espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="71"/>
        <source>mbdesk</source>
        <translation>mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="91"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="92"/>
        <source>mbdesk backups (*.zip)</source>
        <translation>Copias de mbdesk (*.zip)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="96"/>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="100"/>
        <source>Backup written: {path}</source>
        <translation>Copia escrita: {path}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="101"/>
        <source>Backup written</source>
        <translation>Copia escrita</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="102"/>
        <source>The backup is in {path}.
It holds the database and the images. Access tokens stay in this computer&apos;s keyring: after restoring on another computer, sign in to each account again.</source>
        <translation>La copia está en {path}.
Contiene la base de datos y las imágenes. Los tokens de acceso se quedan en el llavero de este ordenador: tras restaurar en otro ordenador, vuelve a iniciar sesión en cada cuenta.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="105"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="120"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="121"/>
        <source>mbdesk backups (*.zip *.sqlite3);;All files (*)</source>
        <translation>Copias de mbdesk (*.zip *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="125"/>
        <source>Reading the backup…</source>
        <translation>Leyendo la copia…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="131"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="134"/>
        <source>Your current data is kept as a copy in the backups folder. mbdesk restarts to finish; anything typed and not yet saved is saved first.</source>
        <translation>Tus datos actuales se guardan como copia en la carpeta de copias. mbdesk se reinicia para terminar; lo que hayas escrito y no esté guardado se guarda antes.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="136"/>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="144"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restauración cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="157"/>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="159"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="159"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="160"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="160"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="161"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="161"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="163"/>
        <source>Backup: {name}</source>
        <translation>Copia: {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="164"/>
        <source>Made: {when}</source>
        <translation>Hecha: {when}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="165"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="168"/>
        <source>Images: {count}</source>
        <translation>Imágenes: {count}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="179"/>
        <source>Export the workspace into an empty folder</source>
        <translation>Exportar el espacio de trabajo a una carpeta vacía</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="185"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="193"/>
        <source>Exported {tables} tables ({rows} rows) and the images to {path}.</source>
        <translation>Se exportaron {tables} tablas ({rows} filas) y las imágenes a {path}.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/workspace_menu.py" line="197"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
</context>
</TS>
