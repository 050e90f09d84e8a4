<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="44"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="45"/>
        <source>Needs re-authorization</source>
        <translation>Requiere reautorización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="47"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="98"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="98"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="98"/>
        <source>Display name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="99"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="99"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="99"/>
        <source>Last synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="100"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="100"/>
        <source>New mentions</source>
        <translation>Menciones nuevas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="100"/>
        <source>Queued posts</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="101"/>
        <source>Rate limit</source>
        <translation>Límite de uso</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="101"/>
        <source>Last error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="127"/>
        <source>The server no longer accepts mbdesk&apos;s sign-in for this account. Sign in again so scheduled posts can go out.</source>
        <translation>El servidor ya no acepta el inicio de sesión de mbdesk para esta cuenta. Vuelve a iniciar sesión para que salgan las publicaciones programadas.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="145"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="161"/>
        <source>OK</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="163"/>
        <source>Paused until {time}</source>
        <translation>En pausa hasta las {time}</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="213"/>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="214"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="240"/>
        <source>No accounts yet — click “Add account…” to connect your shop&apos;s Mastodon, Bluesky or Weibo account.</source>
        <translation>Aún no hay cuentas: haz clic en “Añadir cuenta…” para conectar la cuenta de Mastodon, Bluesky o Weibo de tu tienda.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="253"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="260"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/accounts.py" line="263"/>
        <source>%n need(s) re-authorization</source>
        <translation>
            <numerusform>%n requiere reautorización</numerusform>
            <numerusform>%n requieren reautorización</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="295"/>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="296"/>
        <source>Remove {handle} from mbdesk? Its mentions, followers and queued posts in mbdesk are deleted and its sign-in is removed from the keyring. Nothing changes on the server; drafts stay.</source>
        <translation>¿Quitar {handle} de mbdesk? Se borrarán sus menciones, seguidores y publicaciones en cola dentro de mbdesk, y su inicio de sesión se quitará del llavero. En el servidor no cambia nada; los borradores se conservan.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="306"/>
        <source>Keyring problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="307"/>
        <source>The account was not removed: {reason}</source>
        <translation>No se quitó la cuenta: {reason}</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="73"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="89"/>
        <source>mbdesk opens your browser so you sign in on your own server; your password is never typed here.</source>
        <translation>mbdesk abre tu navegador para que inicies sesión en tu propio servidor; tu contraseña nunca se escribe aquí.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="91"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="93"/>
        <source>Use an app password, not your main password: in Bluesky open Settings → Privacy and security → App passwords.</source>
        <translation>Usa una contraseña de aplicación, no tu contraseña principal: en Bluesky abre Ajustes → Privacidad y seguridad → Contraseñas de aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="95"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="95"/>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="98"/>
        <source>Weibo needs an app registered at open.weibo.com; enter its key and secret, then sign in in the browser.</source>
        <translation>Weibo necesita una aplicación registrada en open.weibo.com; escribe su clave y su secreto, y luego inicia sesión en el navegador.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="100"/>
        <source>App key</source>
        <translation>Clave de la aplicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="100"/>
        <source>App secret</source>
        <translation>Secreto de la aplicación</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="106"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="111"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="150"/>
        <source>Enter your server&apos;s address, for example mastodon.social.</source>
        <translation>Escribe la dirección de tu servidor, por ejemplo mastodon.social.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="152"/>
        <source>Enter your handle and an app password.</source>
        <translation>Escribe tu usuario y una contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="154"/>
        <source>Enter the app key and the app secret.</source>
        <translation>Escribe la clave y el secreto de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="166"/>
        <source>Connecting an account needs the network support, which is not installed in this version yet. Nothing was added; you can try the demo workspace meanwhile.</source>
        <translation>Para conectar una cuenta hace falta la función de red, que aún no está instalada en esta versión. No se añadió nada; mientras tanto, puedes probar el espacio de demostración.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="170"/>
        <source>Connecting… if your browser opened, finish signing in there.</source>
        <translation>Conectando… si se abrió tu navegador, termina allí de iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/accounts.py" line="189"/>
        <source>Could not connect: {reason}</source>
        <translation>No se pudo conectar: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="121"/>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="124"/>
        <source>Follower growth</source>
        <translation>Crecimiento de seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="135"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="135"/>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="136"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="136"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="150"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="159"/>
        <source>No follower history yet: it grows with each daily sync.</source>
        <translation>Aún no hay historial de seguidores: crece con cada sincronización diaria.</translation>
    </message>
</context>
<context>
    <name>CalendarDayDelegate</name>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/models/outbox.py" line="370"/>
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
        <location filename="../../mbdesk/ui/models/outbox.py" line="284"/>
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
        <location filename="../../mbdesk/ui/views/calendar.py" line="65"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="66"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="68"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="135"/>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="150"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="194"/>
        <source>Click a day to see all its posts.</source>
        <translation>Haz clic en un día para ver todas sus publicaciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="198"/>
        <source>{day}: %n post(s)</source>
        <translation>
            <numerusform>{day}: %n publicación</numerusform>
            <numerusform>{day}: %n publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/calendar.py" line="212"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="218"/>
        <source>%n post(s) scheduled in the next 7 days</source>
        <translation>
            <numerusform>%n publicación programada en los próximos 7 días</numerusform>
            <numerusform>%n publicaciones programadas en los próximos 7 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="220"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/calendar.py" line="222"/>
        <source>%n held for your decision</source>
        <translation>
            <numerusform>%n espera tu decisión</numerusform>
            <numerusform>%n esperan tu decisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="38"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="39"/>
        <source>Promotion / discount</source>
        <translation>Promoción / oferta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="40"/>
        <source>Shop news</source>
        <translation>Noticias de la tienda</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="41"/>
        <source>Industry news</source>
        <translation>Noticias del sector</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="42"/>
        <source>Hot topic</source>
        <translation>Tema de actualidad</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="43"/>
        <source>Service notice</source>
        <translation>Aviso de servicio</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="44"/>
        <source>Festival / event</source>
        <translation>Fiesta / evento</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="122"/>
        <source>Compose &amp; Drafts</source>
        <translation>Redactar y borradores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="132"/>
        <source>Search drafts…</source>
        <translation>Buscar borradores…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="136"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="140"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="194"/>
        <source>Optional: a title only you see</source>
        <translation>Opcional: un título que solo ves tú</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="198"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="199"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="203"/>
        <source>Write your post here…</source>
        <translation>Escribe aquí tu publicación…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="206"/>
        <source>Post to</source>
        <translation>Publicar en</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="215"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="216"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="217"/>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Guardar el borrador (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="219"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="220"/>
        <location filename="../../mbdesk/ui/views/compose.py" line="402"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="251"/>
        <source>No accounts yet — add one on the Accounts screen to choose where this post goes.</source>
        <translation>Aún no hay cuentas: añade una en la pantalla Cuentas para elegir dónde se publica esto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/compose.py" line="302"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n borrador</numerusform>
            <numerusform>%n borradores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="306"/>
        <source>No drafts match — clear the search or choose another category or state.</source>
        <translation>Ningún borrador coincide: borra la búsqueda o elige otra categoría u otro estado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="308"/>
        <source>No drafts yet — write your first post on the right.</source>
        <translation>Aún no hay borradores: escribe tu primera publicación a la derecha.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="392"/>
        <source>New draft</source>
        <translation>Borrador nuevo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="394"/>
        <source>Editing: %s</source>
        <translation>Editando: %s</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="394"/>
        <source>untitled draft</source>
        <translation>borrador sin título</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="402"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="415"/>
        <source>{platform} counts {used} of {limit} characters</source>
        <translation>{platform} cuenta {used} de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="427"/>
        <source>Unsaved draft</source>
        <translation>Borrador sin guardar</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="428"/>
        <source>This draft has changes that are not saved. Save them?</source>
        <translation>Este borrador tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="444"/>
        <source>Nothing to save yet: write a title or a text.</source>
        <translation>Aún no hay nada que guardar: escribe un título o un texto.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="449"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="464"/>
        <source>%s (copy)</source>
        <translation>%s (copia)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="468"/>
        <source>Duplicated: you are now editing the copy.</source>
        <translation>Duplicado: ahora estás editando la copia.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="477"/>
        <source>Archived: choose “Archived” in the state filter to find it again.</source>
        <translation>Archivado: elige “Archivado” en el filtro de estado para volver a encontrarlo.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/compose.py" line="479"/>
        <source>Restored to the library.</source>
        <translation>Restaurado en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="38"/>
        <source>mbdesk hit a bug</source>
        <translation>mbdesk encontró un error</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="39"/>
        <source>Something went wrong inside mbdesk. Your drafts and queued posts are saved in the database and were not lost.</source>
        <translation>Algo falló dentro de mbdesk. Tus borradores y publicaciones en cola están guardados en la base de datos y no se perdieron.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/crash.py" line="42"/>
        <source>The details were written to {log}. You can keep working; if the problem comes back, restart mbdesk and send that log file to the developers.</source>
        <translation>Los detalles se guardaron en {log}. Puedes seguir trabajando; si el problema vuelve a aparecer, reinicia mbdesk y envía ese archivo de registro a los desarrolladores.</translation>
    </message>
</context>
<context>
    <name>DraftState</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="51"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="52"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="53"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="54"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="55"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="132"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="133"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/drafts.py" line="147"/>
        <source>(empty draft)</source>
        <translation>(borrador vacío)</translation>
    </message>
</context>
<context>
    <name>FollowersView</name>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="115"/>
        <location filename="../../mbdesk/ui/views/followers.py" line="201"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="128"/>
        <source>New this week</source>
        <translation>Nuevos esta semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="129"/>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="131"/>
        <source>Search name, or @handle prefix…</source>
        <translation>Buscar por nombre o inicio de @usuario…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="202"/>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="203"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="204"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="205"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="206"/>
        <source>Follows</source>
        <translation>Sigue a</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="209"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="243"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="246"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="273"/>
        <source>{now} followers · {new} new this week · {lost} lost this week</source>
        <translation>{now} seguidores · {new} nuevos esta semana · {lost} perdidos esta semana</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="302"/>
        <source>No one selected</source>
        <translation>No hay nadie seleccionado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="318"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="320"/>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="327"/>
        <source>{account} since {date}</source>
        <translation>{account} desde {date}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/followers.py" line="330"/>
        <source>{account}: left {date}</source>
        <translation>{account}: dejó de seguir el {date}</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="76"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="89"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="90"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="91"/>
        <source>Read</source>
        <translation>Leídas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="92"/>
        <source>Done</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="94"/>
        <source>Mentions and watches</source>
        <translation>Menciones y alertas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="95"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="96"/>
        <source>Keyword watches</source>
        <translation>Alertas de palabras clave</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="98"/>
        <source>Search mentions…</source>
        <translation>Buscar menciones…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="168"/>
        <source>Mark read</source>
        <translation>Marcar leída</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="169"/>
        <source>Done (E)</source>
        <translation>Resuelta (E)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="170"/>
        <source>Unread (U)</source>
        <translation>No leída (U)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="205"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="239"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="248"/>
        <source>Search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="258"/>
        <source>Mentions shown: {0}</source>
        <translation>Menciones mostradas: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="270"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="272"/>
        <source>oldest waiting {0}</source>
        <translation>la más antigua lleva {0} esperando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="279"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="281"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/ui/views/inbox.py" line="282"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="295"/>
        <source>No mention selected</source>
        <translation>Ninguna mención seleccionada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="299"/>
        <source>(unknown author)</source>
        <translation>(autor desconocido)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="304"/>
        <source>keyword watch</source>
        <translation>alerta de palabra clave</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="304"/>
        <source>mention</source>
        <translation>mención</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/inbox.py" line="305"/>
        <source>To {account} · {when} · {stream} · {state}</source>
        <translation>Para {account} · {when} · {stream} · {state}</translation>
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
        <translation>mbdesk — espacio de demostración</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="118"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="119"/>
        <source>&amp;About mbdesk</source>
        <translation>&amp;Acerca de mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="123"/>
        <source>Compose &amp; Drafts</source>
        <translation>Redactar y borradores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="124"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="125"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="126"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="127"/>
        <source>Analytics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="128"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="192"/>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="198"/>
        <source>Database checked: OK</source>
        <translation>Base de datos comprobada: correcta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="203"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="225"/>
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="226"/>
        <source>The database check found problems: {details}</source>
        <translation>La comprobación de la base de datos encontró problemas: {details}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="230"/>
        <source>No backup exists yet. Keep mbdesk closed and copy the data folder {folder} somewhere safe before trying anything else.</source>
        <translation>Aún no hay ninguna copia de seguridad. Mantén mbdesk cerrado y copia la carpeta de datos {folder} en un lugar seguro antes de intentar cualquier otra cosa.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="235"/>
        <source>You can restore the last backup ({name}). The damaged file is kept beside it, not deleted.</source>
        <translation>Puedes restaurar la última copia de seguridad ({name}). El archivo dañado se guarda a su lado; no se borra.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="237"/>
        <source>Restore last backup</source>
        <translation>Restaurar la última copia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="238"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="245"/>
        <source>Restored {name}</source>
        <translation>Se restauró {name}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="264"/>
        <source>About mbdesk</source>
        <translation>Acerca de mbdesk</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/main_window.py" line="265"/>
        <source>mbdesk {version}
A desktop console for a shop&apos;s microblog accounts.
Data folder: {folder}</source>
        <translation>mbdesk {version}
Una consola de escritorio para las cuentas de microblog de una tienda.
Carpeta de datos: {folder}</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="26"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="27"/>
        <source>read</source>
        <translation>leída</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="28"/>
        <source>done</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="67"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="68"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="69"/>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="70"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/mentions.py" line="71"/>
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
    <name>OutboxState</name>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="64"/>
        <source>scheduled on the server</source>
        <translation>programada en el servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="66"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="67"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="68"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="69"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="70"/>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/outbox.py" line="71"/>
        <source>held: its time passed while mbdesk was closed</source>
        <translation>retenida: su hora pasó con mbdesk cerrado</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="51"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="52"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="53"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="54"/>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="55"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="56"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/people.py" line="74"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="36"/>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="37"/>
        <source>Sandbox (offline test server)</source>
        <translation>Sandbox (pruebas sin red)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="41"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="49"/>
        <source>System time zone</source>
        <translation>Zona horaria del sistema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="53"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="56"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="57"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="57"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="60"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="63"/>
        <source>Hold them and ask me</source>
        <translation>Retenerlas y preguntarme</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="64"/>
        <source>Send them right away</source>
        <translation>Enviarlas enseguida</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="66"/>
        <source>Posts whose time passed while mbdesk was closed</source>
        <translation>Publicaciones vencidas con mbdesk cerrado</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="71"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="79"/>
        <source>Tokens are kept in the system keyring ({backend}).</source>
        <translation>Los tokens se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="83"/>
        <source>No secure keyring was found: mbdesk will not store account tokens unless you allow plaintext storage below.</source>
        <translation>No se encontró un llavero seguro: mbdesk solo guardará tokens de cuentas si permites abajo el texto plano.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="87"/>
        <source>Secrets</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="89"/>
        <source>Allow storing tokens in a plaintext file when no keyring exists (not recommended)</source>
        <translation>Guardar tokens en texto plano si no hay llavero (no recomendado)</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="94"/>
        <source>A new language takes effect the next time mbdesk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie mbdesk.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/settings_dialog.py" line="122"/>
        <source>Unknown time zone “{zone}”. Pick one from the list, for example Europe/Madrid or Asia/Shanghai.</source>
        <translation>Zona horaria desconocida: “{zone}”. Elige una de la lista, por ejemplo Europe/Madrid o Asia/Shanghai.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="113"/>
        <source>Restore last backup</source>
        <translation>Restaurar la última copia</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/application.py" line="115"/>
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
</context>
<context>
    <name>SummaryTile</name>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="85"/>
        <source>no data in this range</source>
        <translation>sin datos en este periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="86"/>
        <source>{sign}{n} in this range</source>
        <translation>{sign}{n} en este periodo</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="91"/>
        <source>Mentions (30 days): {0}</source>
        <translation>Menciones (30 días): {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="92"/>
        <source>Posts (30 days): {0}</source>
        <translation>Publicaciones (30 días): {0}</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/views/analytics.py" line="93"/>
        <source>Median engagement per post: {0}</source>
        <translation>Interacción mediana por publicación: {0}</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="139"/>
        <source>Starting sync…</source>
        <translation>Iniciando la sincronización…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="249"/>
        <source>Sync could not start; details are in the log.</source>
        <translation>No se pudo iniciar la sincronización; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="281"/>
        <source>Sync idle — no accounts yet</source>
        <translation>Sincronización en espera: aún no hay cuentas</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="294"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mbdesk/services/sync_service.py" line="297"/>
        <source>Offline — %n item(s) wait in the outbox</source>
        <translation>
            <numerusform>Sin conexión: %n elemento espera en la bandeja de salida</numerusform>
            <numerusform>Sin conexión: %n elementos esperan en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="299"/>
        <source>An account needs to be authorized again</source>
        <translation>Una cuenta necesita volver a autorizarse</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="301"/>
        <source>Rate limited — waiting for the server</source>
        <translation>Límite de uso alcanzado: esperando al servidor</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="303"/>
        <source>Some accounts are offline; retrying</source>
        <translation>Algunas cuentas están sin conexión; reintentando</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="305"/>
        <source>Sync error — see the account&apos;s status</source>
        <translation>Error de sincronización: consulta el estado de la cuenta</translation>
    </message>
    <message>
        <location filename="../../mbdesk/services/sync_service.py" line="306"/>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="54"/>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="55"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="56"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../mbdesk/ui/models/accounts.py" line="57"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
</TS>
