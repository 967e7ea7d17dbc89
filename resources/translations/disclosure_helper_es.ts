<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutContentDialog</name>
    <message>
        <location filename="../../ui/widgets/about_content.py" line="48"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/about.py" line="65"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="77"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="100"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="103"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="107"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="110"/>
        <source>Read the licence</source>
        <translation>Leer la licencia</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="116"/>
        <source>Built with the work of others</source>
        <translation>Hecho con el trabajo de otras personas</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="122"/>
        <source>By %1. Licence: %2.</source>
        <translation>De %1. Licencia: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="126"/>
        <source>Read the %1</source>
        <translation>Leer la %1</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="131"/>
        <source>Running on Python %1, Qt %2, PySide6 %3.</source>
        <translation>Funciona con Python %1, Qt %2 y PySide6 %3.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="137"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="86"/>
        <source>Translation reviewed: no</source>
        <translation>Traducción revisada: no</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="88"/>
        <source>The guidance, rights cards and other texts in this language were translated from English, and a person who speaks it has not checked them yet. Where something reads oddly, the English version is the original.</source>
        <translation>La orientación, las tarjetas de derechos y los demás textos en este idioma se tradujeron del inglés, y todavía no los ha revisado una persona que lo hable. Si algo suena raro, la versión en inglés es la original.</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="100"/>
        <source>Add something that helps</source>
        <translation>Agregar algo que ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="100"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="104"/>
        <source>Choose from the list, or put it in your own words. You can change it later.</source>
        <translation>Elige de la lista, o escríbelo con tus propias palabras. Puedes cambiarlo después.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="106"/>
        <location filename="../../ui/adjustments/dialogs.py" line="113"/>
        <source>What helps me work</source>
        <translation>Lo que me ayuda a trabajar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="111"/>
        <source>Something else, in my own words</source>
        <translation>Otra cosa, en mis propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="116"/>
        <location filename="../../ui/adjustments/dialogs.py" line="117"/>
        <source>In my own words</source>
        <translation>En mis propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="119"/>
        <location filename="../../ui/adjustments/dialogs.py" line="120"/>
        <source>What this looks like for me (optional)</source>
        <translation>Cómo es esto para mí (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="122"/>
        <location filename="../../ui/adjustments/dialogs.py" line="123"/>
        <source>How it helps me (optional)</source>
        <translation>Cómo me ayuda (opcional)</translation>
    </message>
</context>
<context>
    <name>AdjustmentCard</name>
    <message>
        <location filename="../../ui/adjustments/page.py" line="144"/>
        <source>Time to look at this again</source>
        <translation>Es momento de volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="150"/>
        <source>Look again on %1</source>
        <translation>Volver a mirarlo el %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="153"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="154"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>AdjustmentLinks</name>
    <message>
        <location filename="../../ui/widgets/adjustment_links.py" line="50"/>
        <source>Open “%1” in My adjustments</source>
        <translation>Abrir “%1” en Mis ajustes</translation>
    </message>
</context>
<context>
    <name>AdjustmentsExportDialog</name>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="86"/>
        <location filename="../../ui/adjustments/export_dialog.py" line="98"/>
        <source>Make a passport or a letter</source>
        <translation>Hacer un pasaporte o una carta</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="101"/>
        <source>What you make here is not encrypted. Anyone who can open the file, or sees the copied text, can read it. You choose every part that goes in. Nothing is sent anywhere.</source>
        <translation>Lo que hagas aquí no está cifrado. Cualquiera que pueda abrir el archivo, o que vea el texto copiado, puede leerlo. Tú eliges cada parte que va. No se envía nada a ningún lado.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="106"/>
        <source>My adjustments passport (PDF)</source>
        <translation>Mi pasaporte de ajustes (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="107"/>
        <source>A letter asking for changes</source>
        <translation>Una carta para pedir cambios</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="108"/>
        <source>Access to Work checklist (UK)</source>
        <translation>Lista para Access to Work (Reino Unido)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="109"/>
        <source>What would you like to make?</source>
        <translation>¿Qué te gustaría hacer?</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="119"/>
        <source>A passport to keep, or to share with a new manager. Choose what to include:</source>
        <translation>Un pasaporte para guardar, o para compartir con un nuevo jefe o jefa. Elige qué incluir:</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="123"/>
        <source>My name, job and manager</source>
        <translation>Mi nombre, trabajo y jefe o jefa</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="124"/>
        <source>What helps me work, and where each stands</source>
        <translation>Lo que me ayuda a trabajar, y cómo va cada cosa</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="125"/>
        <source>%1 (only if you choose it)</source>
        <translation>%1 (solo si lo eliges)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="131"/>
        <source>How things have gone (the full history)</source>
        <translation>Cómo han ido las cosas (todo el historial)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="132"/>
        <source>When to look at it again</source>
        <translation>Cuándo volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="153"/>
        <source>Where you work</source>
        <translation>Dónde trabajas</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="154"/>
        <source>The letter follows the usual way of asking there.</source>
        <translation>La carta sigue la forma habitual de pedirlo en ese lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="156"/>
        <location filename="../../ui/adjustments/export_dialog.py" line="159"/>
        <source>Who it is to (optional)</source>
        <translation>Para quién es (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="160"/>
        <source>What to ask for</source>
        <translation>Qué pedir</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="170"/>
        <source>There is nothing in My adjustments yet. Add what helps you first, then come back here.</source>
        <translation>Todavía no hay nada en Mis ajustes. Primero agrega lo que te ayuda, y luego vuelve aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="172"/>
        <source>What the letter says</source>
        <translation>Qué dice la carta</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="174"/>
        <source>Say it is because of a health condition, without any detail</source>
        <translation>Decir que es por una condición de salud, sin detalles</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="176"/>
        <source>Add how my health can affect my work, in my own words</source>
        <translation>Agregar cómo mi salud puede afectar mi trabajo, en mis palabras</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="177"/>
        <source>Add what I find hard at work</source>
        <translation>Agregar lo que me cuesta en el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="178"/>
        <source>Add what each change looks like and how it helps</source>
        <translation>Agregar cómo sería cada cambio y cómo ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="180"/>
        <source>Add how I like to be contacted</source>
        <translation>Agregar cómo prefiero que me contacten</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="182"/>
        <source>Add that any health note should be kept to what is needed</source>
        <translation>Agregar que una nota médica se limite a lo necesario</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="183"/>
        <source>Mention Access to Work</source>
        <translation>Mencionar Access to Work</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="184"/>
        <source>Ask for what is agreed to be written down</source>
        <translation>Pedir que lo acordado quede por escrito</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="190"/>
        <source>You have not written anything about your health in My adjustments, so there is nothing to add.</source>
        <translation>No escribiste nada sobre tu salud en Mis ajustes, así que no hay nada que agregar.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="193"/>
        <source>Good to know before you send it</source>
        <translation>Bueno saberlo antes de enviarla</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="205"/>
        <source>Choose what to include:</source>
        <translation>Elige qué incluir:</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="221"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="222"/>
        <source>Copy the letter</source>
        <translation>Copiar la carta</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="223"/>
        <source>Copy the letter&apos;s text</source>
        <translation>Copiar el texto de la carta</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="224"/>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="225"/>
        <source>Save the letter as a text file</source>
        <translation>Guardar la carta como archivo de texto</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="226"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="227"/>
        <location filename="../../ui/adjustments/export_dialog.py" line="323"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="316"/>
        <source>Adjustments passport</source>
        <translation>Pasaporte de ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="317"/>
        <source>A request for changes at work</source>
        <translation>Solicitud de cambios en el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="318"/>
        <source>Access to Work checklist</source>
        <translation>Lista para Access to Work</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="324"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="342"/>
        <source>Making your PDF…</source>
        <translation>Creando tu PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="352"/>
        <source>Saved as %1. Remember, this file is not encrypted.</source>
        <translation>Guardado como %1. Recuerda: este archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="359"/>
        <source>The file could not be saved there. Please try another folder. Nothing in My adjustments has changed.</source>
        <translation>No se pudo guardar el archivo ahí. Prueba otra carpeta. Nada de Mis ajustes cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="376"/>
        <source>The letter is copied. Paste it into an email, and read it through before you send it. The copy is cleared when the app locks.</source>
        <translation>La carta está copiada. Pégala en un correo y léela completa antes de enviarla. La copia se borra cuando la app se bloquea.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="380"/>
        <source>Save the letter as text</source>
        <translation>Guardar la carta como texto</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/export_dialog.py" line="381"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPage</name>
    <message>
        <location filename="../../ui/adjustments/page.py" line="85"/>
        <source>Delete this change?</source>
        <translation>¿Borrar este cambio?</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="86"/>
        <source>Delete “%1” from My adjustments?</source>
        <translation>¿Borrar “%1” de Mis ajustes?</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="88"/>
        <source>Its history goes with it. Your plans and journal entries stay as they are. This cannot be undone.</source>
        <translation>Su historial también se borra. Tus planes y las entradas de tu diario quedan como están. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="91"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="93"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="609"/>
        <source>Next look at the whole passport: %1</source>
        <translation>Próxima revisión de todo el pasaporte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="612"/>
        <source>No date set yet for a fresh look.</source>
        <translation>Todavía no hay fecha para volver a mirarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="617"/>
        <source>One fresh look is due. You might take a moment with it when it suits you.</source>
        <translation>Hay una revisión pendiente. Podrías dedicarle un momento cuando te venga bien.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="619"/>
        <source>%1 fresh looks are due. You might take a moment with them when it suits you.</source>
        <translation>Hay %1 revisiones pendientes. Podrías dedicarles un momento cuando te venga bien.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="621"/>
        <source>Look now</source>
        <translation>Mirar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="734"/>
        <source>Added as an idea. Open it to note where it stands.</source>
        <translation>Se agregó como idea. Puedes abrirlo para anotar cómo va.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="743"/>
        <source>There are no plans yet. The needs you pick on a plan&apos;s “Why” page can start your list here.</source>
        <translation>Todavía no hay planes. Las necesidades que elijas en la página “Por qué” de un plan pueden empezar tu lista aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="755"/>
        <source>Added one need as an idea.</source>
        <translation>Se agregó una necesidad como idea.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="756"/>
        <source>Added %1 needs as ideas.</source>
        <translation>Se agregaron %1 necesidades como ideas.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="790"/>
        <source>Saved. It is in the history below.</source>
        <translation>Guardado. Está en el historial, más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="807"/>
        <location filename="../../ui/adjustments/page.py" line="822"/>
        <source>Noted. Thank you for taking a look.</source>
        <translation>Anotado. Gracias por darle una mirada.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="825"/>
        <source>My adjustments as a whole</source>
        <translation>Mis ajustes en conjunto</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="838"/>
        <source>One change is marked for a fresh look.</source>
        <translation>Un cambio quedó marcado para volver a mirarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="840"/>
        <source>%1 changes are marked for a fresh look.</source>
        <translation>%1 cambios quedaron marcados para volver a mirarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="855"/>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="884"/>
        <source>Carrying on where you left off. Nothing from this session has been kept yet.</source>
        <translation>Sigues donde lo dejaste. Todavía no se guardó nada de esta sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="892"/>
        <location filename="../../ui/adjustments/page.py" line="921"/>
        <source>Nothing from that session was kept.</source>
        <translation>No se guardó nada de esa sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="920"/>
        <source>Kept: the changes from your session together.</source>
        <translation>Se guardaron los cambios de tu sesión en compañía.</translation>
    </message>
</context>
<context>
    <name>AdjustmentsTogetherView</name>
    <message>
        <location filename="../../ui/adjustments/together.py" line="107"/>
        <source>My adjustments, together</source>
        <translation>Mis ajustes, en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="109"/>
        <source>Nothing here is kept unless you choose to at the end.</source>
        <translation>Nada de esto se guarda, a menos que lo elijas al final.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="111"/>
        <source>Finish…</source>
        <translation>Terminar…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="112"/>
        <source>Finish and choose what to keep</source>
        <translation>Terminar y elegir qué guardar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="123"/>
        <source>What helps me work</source>
        <translation>Lo que me ayuda a trabajar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="128"/>
        <source>Nothing noted here yet.</source>
        <translation>Nada anotado todavía.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="142"/>
        <source>Note where it stands…</source>
        <translation>Anotar cómo va…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="143"/>
        <source>Note where %1 stands</source>
        <translation>Anotar cómo va: %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="174"/>
        <source>Before you finish</source>
        <translation>Antes de terminar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="180"/>
        <source>Keep these changes</source>
        <translation>Guardar estos cambios</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="181"/>
        <location filename="../../ui/adjustments/together.py" line="246"/>
        <source>Let it all go</source>
        <translation>Dejar ir todo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="182"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="217"/>
        <source>Noted for now. It is kept only if you choose to at the end.</source>
        <translation>Anotado por ahora. Solo se guarda si lo eliges al final.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="227"/>
        <source>Nothing has changed in this session.</source>
        <translation>Nada cambió en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="230"/>
        <source>If you keep them, these changes are saved:</source>
        <translation>Si decides conservarlos, se guardan estos cambios:</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="232"/>
        <source>Your words about %1</source>
        <translation>Tus palabras sobre %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="235"/>
        <source>Where %1 stands</source>
        <translation>Cómo va: %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="247"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="266"/>
        <source>Some changes were to adjustments deleted meanwhile, so they could not be kept. Everything else was kept.</source>
        <translation>Algunos cambios eran de ajustes que se borraron mientras tanto, así que no se pudieron guardar. Todo lo demás se guardó.</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="247"/>
        <location filename="../../ui/settings/page.py" line="261"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="252"/>
        <location filename="../../ui/settings/page.py" line="262"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="254"/>
        <source>Follow my computer</source>
        <translation>Como en mi computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="255"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="256"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="257"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="264"/>
        <source>These apply to this computer, and also to the unlock screen.</source>
        <translation>Esto se aplica en esta computadora, también en la pantalla de desbloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="178"/>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="179"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="180"/>
        <source>A little larger</source>
        <translation>Un poco más grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="181"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="182"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="183"/>
        <source>Very large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="184"/>
        <source>Largest</source>
        <translation>El más grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="186"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="373"/>
        <source>Back up now…</source>
        <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="374"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="379"/>
        <source>Where your vault is kept</source>
        <translation>Dónde está tu bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="383"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="390"/>
        <source>No backup made yet.</source>
        <translation>Todavía no hay copias.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="397"/>
        <source>Last backup: %1</source>
        <translation>Última copia: %1</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/balance.py" line="68"/>
        <source>What matters to you, side by side</source>
        <translation>Lo que te importa, lado a lado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/balance.py" line="81"/>
        <source>This only shows what you said, and how much each thing matters to you. It is not a score, and it does not make the choice.</source>
        <translation>Esto solo muestra lo que dijiste y cuánto te importa cada cosa. No es una calificación y no decide por ti.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/balance.py" line="113"/>
        <source>What might make telling worth it</source>
        <translation>Lo que podría hacer que valga la pena contarlo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/balance.py" line="114"/>
        <source>What might make keeping it private feel right</source>
        <translation>Lo que podría hacer que guardarlo en privado se sienta bien</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/balance.py" line="129"/>
        <source>Nothing picked yet.</source>
        <translation>Todavía no elegiste nada.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/balance.py" line="148"/>
        <source>Telling: %1. Keeping it private: %2.</source>
        <translation>Contarlo: %1. Guardarlo en privado: %2.</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <location filename="../../ui/branding.py" line="29"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/branding.py" line="30"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../ui/branding.py" line="31"/>
        <source>Planner</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../ui/widgets/busy.py" line="30"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>CategoryBars</name>
    <message>
        <location filename="../../ui/insights/charts.py" line="376"/>
        <source>Nothing recorded in this period yet.</source>
        <translation>Todavía no hay nada registrado en este periodo.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="243"/>
        <source>Note where it stands</source>
        <translation>Anotar cómo va</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="243"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="254"/>
        <source>Where it stands now</source>
        <translation>Cómo va ahora</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="257"/>
        <location filename="../../ui/adjustments/dialogs.py" line="258"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="265"/>
        <source>For example: by email, in a meeting.</source>
        <translation>Por ejemplo: por correo, en una reunión.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="270"/>
        <location filename="../../ui/adjustments/dialogs.py" line="271"/>
        <source>Set a date to look at it again</source>
        <translation>Poner una fecha para volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="279"/>
        <source>No journal entry</source>
        <translation>Ninguna entrada</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="283"/>
        <source>Written up in my journal (optional)</source>
        <translation>Escrito en mi diario (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="284"/>
        <source>If you wrote about this in an incident record, you can link it.</source>
        <translation>Si escribiste sobre esto en un registro de incidente, puedes vincularlo.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="335"/>
        <source>One of the dates could not be read. Please type it like 3 March 2026, or pick it from the calendar.</source>
        <translation>No se pudo leer una de las fechas. Escríbela así: 3 de marzo de 2026, o elígela en el calendario.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="30"/>
        <location filename="../../ui/settings/passphrase.py" line="50"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="31"/>
        <source>Your writing stays exactly as it is. Backups made before today still open with the passphrase that was in use when they were made.</source>
        <translation>Lo que escribiste queda tal como está. Las copias de seguridad anteriores se siguen abriendo con la frase de contraseña que tenían cuando se hicieron.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="37"/>
        <location filename="../../ui/settings/passphrase.py" line="39"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="38"/>
        <source>Show current passphrase</source>
        <translation>Mostrar la frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="42"/>
        <location filename="../../ui/settings/passphrase.py" line="47"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="43"/>
        <source>Show new passphrase</source>
        <translation>Mostrar la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="45"/>
        <location filename="../../ui/settings/passphrase.py" line="48"/>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la nueva frase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="46"/>
        <source>Show repeated passphrase</source>
        <translation>Mostrar la frase repetida</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="49"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="64"/>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/passphrase.py" line="67"/>
        <source>Please choose a new passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Elige una nueva frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elige una nueva frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="71"/>
        <source>The two new passphrases don&apos;t match yet.</source>
        <translation>Las dos frases nuevas todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="74"/>
        <source>That passphrase would be too easy to guess. Please add a word or two.</source>
        <translation>Esa frase sería muy fácil de adivinar. Agrégale una o dos palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="85"/>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="98"/>
        <source>That is not your current passphrase. Nothing has been changed.</source>
        <translation>Esa no es tu frase de contraseña actual. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="103"/>
        <source>The passphrase could not be changed. Nothing has been changed.</source>
        <translation>No se pudo cambiar la frase de contraseña. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../ui/insights/charts.py" line="245"/>
        <source>Nothing recorded in this period yet.</source>
        <translation>Todavía no hay nada registrado en este periodo.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../ui/journal/checkin.py" line="43"/>
        <location filename="../../ui/journal/checkin.py" line="44"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="46"/>
        <source>Check-in</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="48"/>
        <source>Three quick numbers and a line if you want. Press a number key for each; the next one comes up by itself.</source>
        <translation>Tres números rápidos y una línea si quieres. Oprime una tecla de número para cada uno; el siguiente aparece solo.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="59"/>
        <location filename="../../ui/journal/checkin.py" line="63"/>
        <source>One line, if you like</source>
        <translation>Una línea, si quieres</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="69"/>
        <source>Save check-in</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="139"/>
        <source>Please pick a number for: %1.</source>
        <translation>Elige un número para: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/journal/checkin.py" line="174"/>
        <source>Save a copy of this check-in</source>
        <translation>Guardar una copia de este registro rápido</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/journal/fields.py" line="163"/>
        <source>Clear this answer</source>
        <translation>Borrar esta respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/fields.py" line="165"/>
        <source>Clear the answer to: %1</source>
        <translation>Borrar la respuesta a: %1</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="233"/>
        <source>About this content…</source>
        <translation>Sobre este contenido…</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="16"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n registro rápido</numerusform>
            <numerusform>%n registros rápidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="17"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="18"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="19"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="20"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="21"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/core_messages.py" line="22"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="27"/>
        <source>What this looks like</source>
        <translation>Cómo se ve</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="28"/>
        <source>How it helps</source>
        <translation>Cómo ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="29"/>
        <source>The date to look again</source>
        <translation>La fecha para volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="30"/>
        <source>That note</source>
        <translation>Esa nota</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="31"/>
        <source>That journal entry could not be found. It may have been deleted.</source>
        <translation>No se encontró esa entrada del diario. Puede que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="32"/>
        <source>That plan could not be found. It may have been deleted.</source>
        <translation>No se encontró ese plan. Puede que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="33"/>
        <source>Please choose a need from the list, or write your own.</source>
        <translation>Elige una necesidad de la lista, o escribe la tuya.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="34"/>
        <source>That plan</source>
        <translation>Ese plan</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="35"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="36"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="37"/>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="38"/>
        <source>Your passport can hold up to {limit} adjustments. Please remove some you no longer need first.</source>
        <translation>Tu pasaporte puede tener hasta {limit} ajustes. Primero quita algunos que ya no necesites.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="39"/>
        <source>That entry</source>
        <translation>Esa entrada</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="40"/>
        <source>Your words for this</source>
        <translation>Tus palabras para esto</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="41"/>
        <source>Please choose at least one change to ask for.</source>
        <translation>Elige al menos un cambio para pedir.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="42"/>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="43"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="44"/>
        <source>That change to your adjustments could not be saved. Your words are still on screen.</source>
        <translation>No se pudo guardar ese cambio en tus ajustes. Tus palabras siguen en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="45"/>
        <source>That adjustment could not be found. It may have been deleted. The rest of your passport is safe.</source>
        <translation>No se encontró ese ajuste. Puede que se haya borrado. El resto de tu pasaporte está a salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="46"/>
        <source>Part of that could not be saved. Your words are still on screen; please check them and try again.</source>
        <translation>Una parte no se pudo guardar. Tus palabras siguen en la pantalla; revísalas e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="47"/>
        <source>That plan or journal entry could not be found. It may have been deleted. Nothing else has changed.</source>
        <translation>No se encontró ese plan o esa entrada del diario. Puede que se haya borrado. Nada más cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="48"/>
        <source>That text</source>
        <translation>Ese texto</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="49"/>
        <source>That</source>
        <translation>Eso</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="50"/>
        <source>That date</source>
        <translation>Esa fecha</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="51"/>
        <source>{what} does not look like a date. Please pick one from the calendar.</source>
        <translation>{what}: no parece una fecha. Elige una en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="52"/>
        <source>{what} could not be read as text. Please type it again.</source>
        <translation>{what}: no se pudo leer como texto. Escríbelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="53"/>
        <source>{what} is longer than this box can keep ({limit} characters). Your words are still on screen; please shorten them a little.</source>
        <translation>{what}: es más de lo que cabe en este cuadro ({limit} caracteres). Tus palabras siguen en la pantalla; acórtalas un poco.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="54"/>
        <source>{what} could not be found. Please pick it again.</source>
        <translation>{what}: no se encontró. Elígelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="55"/>
        <source>That part of the passport could not be found.</source>
        <translation>No se encontró esa parte del pasaporte.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="56"/>
        <source>Please choose where this stands from the list.</source>
        <translation>Elige en la lista en qué punto está.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="57"/>
        <source>Please choose what has changed from the list.</source>
        <translation>Elige en la lista qué cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="58"/>
        <source>That part of your passport</source>
        <translation>Esa parte de tu pasaporte</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="59"/>
        <source>The backup&apos;s passphrase is needed to check it.</source>
        <translation>Para revisar la copia se necesita su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="60"/>
        <source>The backup file could not be found.</source>
        <translation>No se encontró el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="61"/>
        <source>This file is not a Disclosure Helper backup.</source>
        <translation>Este archivo no es una copia de seguridad de Disclosure Helper.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="62"/>
        <source>This backup was made by a newer version of Disclosure Helper. Please update the app to restore it.</source>
        <translation>Esta copia se hizo con una versión más nueva de Disclosure Helper. Actualiza la app para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="63"/>
        <source>The backup file is damaged: its contents do not match.</source>
        <translation>El archivo de la copia está dañado: su contenido no coincide.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="64"/>
        <source>This backup file has been changed since it was made, or it belongs to another vault, so it was not restored. Nothing has been changed. Please use another backup.</source>
        <translation>Este archivo de copia cambió desde que se hizo, o es de otra bóveda, así que no se restauró. No se cambió nada. Usa otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="65"/>
        <source>The backup file is incomplete. It may have been cut short.</source>
        <translation>El archivo de la copia está incompleto. Puede que se haya cortado.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="66"/>
        <source>That was stopped before it finished. Nothing has been changed.</source>
        <translation>Eso se detuvo antes de terminar. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="67"/>
        <source>The vault&apos;s data file is missing. Nothing has been changed.</source>
        <translation>Falta el archivo de datos de la bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="68"/>
        <source>The vault has changes that were not finished being saved, and its folder cannot be written to, so it cannot be opened here. Nothing has been changed. Copy the folder somewhere you can write to.</source>
        <translation>La bóveda tiene cambios que no se terminaron de guardar, y no se puede escribir en su carpeta, así que no se puede abrir aquí. No se cambió nada. Copia la carpeta a un lugar donde se pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="69"/>
        <source>Something went wrong with your private vault. Nothing has been changed.</source>
        <translation>Algo salió mal con tu bóveda privada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="70"/>
        <source>That passphrase did not open the vault. Please check it and try again.</source>
        <translation>Esa frase de contraseña no abrió la bóveda. Revísala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="71"/>
        <source>That recovery code did not open the vault. Please check each group of characters.</source>
        <translation>Ese código de recuperación no abrió la bóveda. Revisa cada grupo de caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="72"/>
        <source>The vault is locked. Unlock it to carry on.</source>
        <translation>La bóveda está bloqueada. Desbloquéala para seguir.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="73"/>
        <source>There is no vault in this folder yet.</source>
        <translation>Todavía no hay una bóveda en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="74"/>
        <source>Part of the vault could not be read. It may be damaged. Nothing has been changed; you can restore it from a backup.</source>
        <translation>No se pudo leer una parte de la bóveda. Puede estar dañada. No se cambió nada; puedes restaurarla desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="75"/>
        <source>This vault is already open in another Disclosure Helper window. Please switch to that window, or close it and try again.</source>
        <translation>Esta bóveda ya está abierta en otra ventana de Disclosure Helper. Cambia a esa ventana, o ciérrala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="76"/>
        <source>This vault was saved by a newer version of Disclosure Helper. Please update the app to open it. Nothing has been changed.</source>
        <translation>Esta bóveda se guardó con una versión más nueva de Disclosure Helper. Actualiza la app para abrirla. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="77"/>
        <source>Your words could not be saved to disk. They are still on screen. Please check that the disk has free space and the folder can be written to.</source>
        <translation>No se pudieron guardar tus palabras en el disco. Siguen en la pantalla. Revisa que el disco tenga espacio libre y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="78"/>
        <source>The disk is full, so your words could not be saved. They are still on screen. Free up some space and try again.</source>
        <translation>El disco está lleno, así que no se pudieron guardar tus palabras. Siguen en la pantalla. Libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="79"/>
        <source>The vault folder cannot be written to, so your words could not be saved. They are still on screen. Check the folder&apos;s permissions or choose another folder.</source>
        <translation>No se puede escribir en la carpeta de la bóveda, así que no se pudieron guardar tus palabras. Siguen en la pantalla. Revisa los permisos de la carpeta o elige otra.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="80"/>
        <source>The vault folder can no longer be found. It may have been moved or deleted, or its drive unplugged. What you just wrote was not saved, but it is still on screen: you can save a copy of it somewhere else. Then put the folder back (or plug the drive in) and open the app again.</source>
        <translation>Ya no se encuentra la carpeta de la bóveda. Puede que se haya movido o borrado, o que se haya desconectado su unidad. Lo que acabas de escribir no se guardó, pero sigue en la pantalla: puedes guardar una copia en otro lugar. Luego vuelve a poner la carpeta (o conecta la unidad) y abre la app de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="81"/>
        <source>The vault cannot be kept in that folder because of its name. Nothing has been changed. Please choose another folder.</source>
        <translation>La bóveda no se puede guardar en esa carpeta por su nombre. No se cambió nada. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="82"/>
        <source>That passphrase is longer than the vault can take.</source>
        <translation>Esa frase de contraseña es más larga de lo que acepta la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="83"/>
        <source>This device has no safe place to remember the vault. You can still unlock it with your passphrase.</source>
        <translation>Este dispositivo no tiene un lugar seguro para recordar la bóveda. Puedes desbloquearla igual con tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="84"/>
        <source>The backup file could not be read. It may be damaged or not a backup.</source>
        <translation>No se pudo leer el archivo de la copia. Puede estar dañado o no ser una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="85"/>
        <source>That answer could not be saved. Please check it and try again.</source>
        <translation>No se pudo guardar esa respuesta. Revísala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="86"/>
        <source>Please choose one of the options.</source>
        <translation>Elige una de las opciones.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="87"/>
        <source>That answer could not be saved. Please try again.</source>
        <translation>No se pudo guardar esa respuesta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="88"/>
        <source>That is longer than this box can keep ({limit} characters). Your words are still on screen; please shorten them a little.</source>
        <translation>Es más de lo que cabe en este cuadro ({limit} caracteres). Tus palabras siguen en la pantalla; acórtalas un poco.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="89"/>
        <source>That is more choices than this question can keep.</source>
        <translation>Son más opciones de las que esta pregunta puede guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="90"/>
        <source>Please choose yes, no or not sure yet.</source>
        <translation>Elige sí, no o todavía no sé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="91"/>
        <source>Please choose a point from 1 to {top}.</source>
        <translation>Elige un punto del 1 al {top}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="92"/>
        <source>Please write a few words, or choose an option.</source>
        <translation>Escribe unas palabras, o elige una opción.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="93"/>
        <source>That answer could not be saved here. Please set it on the page itself.</source>
        <translation>Esa respuesta no se puede guardar aquí. Ponla en su propia página.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="94"/>
        <source>That does not look like a date. Please pick one from the calendar.</source>
        <translation>Eso no parece una fecha. Elige una en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="95"/>
        <source>Please say how much this matters to you.</source>
        <translation>Di cuánto te importa esto.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="96"/>
        <source>Please pick a number from 1 to 5 for {name}.</source>
        <translation>Elige un número del 1 al 5 para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="97"/>
        <source>This kind of entry is not known. Please pick a template.</source>
        <translation>No se reconoce este tipo de entrada. Elige una plantilla.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="98"/>
        <source>A title can be up to {limit} characters. The rest could go in the main text.</source>
        <translation>Un título puede tener hasta {limit} caracteres. El resto puede ir en el texto principal.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="99"/>
        <source>Please write something to add, or go back without adding.</source>
        <translation>Escribe algo para agregar, o vuelve sin agregar nada.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="100"/>
        <source>The linked plan could not be found. Please pick it again.</source>
        <translation>No se encontró el plan vinculado. Elígelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="101"/>
        <source>Only incident records take dated additions.</source>
        <translation>Solo los registros de incidentes aceptan agregados con fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="102"/>
        <source>This record is in the trash. Restore it to add to it.</source>
        <translation>Este registro está en la papelera. Recupéralo para agregarle algo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="103"/>
        <source>That journal entry could not be saved. Your words are still on screen.</source>
        <translation>No se pudo guardar esa entrada del diario. Tus palabras siguen en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="104"/>
        <source>That entry could not be found. It may have been deleted or the trash emptied.</source>
        <translation>No se encontró esa entrada. Puede que se haya borrado o que se haya vaciado la papelera.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="105"/>
        <source>This entry is too long to save in one piece. Your words are still on screen. Please split it into two or more entries.</source>
        <translation>Esta entrada es demasiado larga para guardarla entera. Tus palabras siguen en la pantalla. Divídela en dos o más entradas.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="106"/>
        <source>Something in this entry could not be saved. Your words are still on screen.</source>
        <translation>Algo de esta entrada no se pudo guardar. Tus palabras siguen en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="107"/>
        <source>That template could not be saved. Please check its fields and try again.</source>
        <translation>No se pudo guardar esa plantilla. Revisa sus campos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="108"/>
        <source>An incident record is kept just as you first wrote it, so it holds up later. You can add to it instead: what you add is saved with its own date.</source>
        <translation>Un registro de incidente se guarda tal como lo escribiste la primera vez, para que tenga valor más adelante. En cambio, puedes agregarle algo: lo que agregues se guarda con su propia fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="109"/>
        <source>The tags on this entry could not be read. Please type them again.</source>
        <translation>No se pudieron leer las etiquetas de esta entrada. Escríbelas otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="110"/>
        <source>The date of this entry could not be read. Please pick it again.</source>
        <translation>No se pudo leer la fecha de esta entrada. Elígela otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="111"/>
        <source>An entry can have up to {limit} tags. Please remove a few and save again.</source>
        <translation>Una entrada puede tener hasta {limit} etiquetas. Quita algunas y guarda otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="112"/>
        <source>That date is out of range. Please pick another one.</source>
        <translation>Esa fecha está fuera del rango. Elige otra.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="113"/>
        <source>The vault&apos;s key file has no entry for this way of unlocking.</source>
        <translation>El archivo de claves de la bóveda no tiene nada para esta forma de desbloquear.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="114"/>
        <source>The vault&apos;s key file is incomplete. Nothing has been changed.</source>
        <translation>El archivo de claves de la bóveda está incompleto. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="115"/>
        <source>The vault&apos;s key file is missing, so the vault cannot be opened. Nothing has been changed; you can restore it from a backup.</source>
        <translation>Falta el archivo de claves de la bóveda, así que no se puede abrir. No se cambió nada; puedes restaurarla desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="116"/>
        <source>The vault&apos;s key file is damaged, so the vault cannot be opened. Nothing has been changed; you can restore it from a backup.</source>
        <translation>El archivo de claves de la bóveda está dañado, así que no se puede abrir. No se cambió nada; puedes restaurarla desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="117"/>
        <source>The vault&apos;s key file could not be read.</source>
        <translation>No se pudo leer el archivo de claves de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="118"/>
        <source>The app&apos;s schema steps are out of order. Please reinstall the app.</source>
        <translation>Los pasos internos de la app están desordenados. Vuelve a instalar la app.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="121"/>
        <source>That plan could not be saved. Nothing has been lost; please try again.</source>
        <translation>No se pudo guardar ese plan. No se perdió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="122"/>
        <source>That plan could not be found. It may have been deleted. Your other plans are safe.</source>
        <translation>No se encontró ese plan. Puede que se haya borrado. Tus otros planes están a salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="123"/>
        <source>Part of that plan could not be saved. Please check it and try again.</source>
        <translation>Una parte de ese plan no se pudo guardar. Revísalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="125"/>
        <source>Please answer each question with yes, no or not sure yet.</source>
        <translation>Responde cada pregunta con sí, no o todavía no sé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="126"/>
        <source>Please give this plan a short name, like &quot;Telling my new manager&quot;.</source>
        <translation>Ponle a este plan un nombre corto, como &quot;Contarle a mi nuevo jefe&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="127"/>
        <source>That name is a little long. Please keep it under {limit} characters.</source>
        <translation>Ese nombre es un poco largo. Que tenga menos de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="128"/>
        <source>Please choose the situation that fits best from the list.</source>
        <translation>Elige en la lista la situación que mejor te quede.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="129"/>
        <source>Please choose where you live from the list.</source>
        <translation>Elige en la lista dónde vives.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="130"/>
        <source>That reflection could not be found. It may have been deleted.</source>
        <translation>No se encontró esa reflexión. Puede que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="124"/>
        <source>Please choose one of the decisions on the list.</source>
        <translation>Elige una de las decisiones de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="131"/>
        <source>Each template and field needs a {key}.</source>
        <translation>Cada plantilla y cada campo necesitan un valor en {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="132"/>
        <source>A {key} can be up to {limit} characters.</source>
        <translation>{key} puede tener hasta {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="133"/>
        <source>Field names use lower-case letters, numbers and underscores, starting with a letter.</source>
        <translation>Los nombres de los campos usan minúsculas, números y guiones bajos, y empiezan con una letra.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="134"/>
        <source>Each field needs a type: {kinds}.</source>
        <translation>Cada campo necesita un tipo: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="135"/>
        <source>The field &apos;{field}&apos; has to be of type {kinds}.</source>
        <translation>El campo &apos;{field}&apos; tiene que ser de tipo {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="136"/>
        <source>A template needs at least one field.</source>
        <translation>Una plantilla necesita al menos un campo.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="137"/>
        <source>A template can have up to {limit} fields.</source>
        <translation>Una plantilla puede tener hasta {limit} campos.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="138"/>
        <source>Two fields in this template have the same name. Please rename one.</source>
        <translation>Dos campos de esta plantilla tienen el mismo nombre. Cámbiale el nombre a uno.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="139"/>
        <source>A choice field needs at least one option to pick.</source>
        <translation>Un campo de opciones necesita al menos una opción para elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="140"/>
        <source>The options of a choice field need different names.</source>
        <translation>Las opciones de un campo de opciones necesitan nombres distintos.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="141"/>
        <source>Only your own templates can be removed.</source>
        <translation>Solo se pueden quitar tus propias plantillas.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="142"/>
        <source>That template no longer exists. Please save it as new.</source>
        <translation>Esa plantilla ya no existe. Guárdala como nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="143"/>
        <source>This session could not be kept. Nothing has been lost; it is still on screen.</source>
        <translation>No se pudo guardar esta sesión. No se perdió nada; sigue en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="144"/>
        <source>Their notes are longer than can be kept ({limit} characters). Everything is still on screen; please shorten them a little.</source>
        <translation>Sus notas son más largas de lo que se puede guardar ({limit} caracteres). Todo sigue en la pantalla; acórtalas un poco.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="145"/>
        <source>This session has already ended.</source>
        <translation>Esta sesión ya terminó.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="146"/>
        <source>There are no notes to keep.</source>
        <translation>No hay notas para guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="119"/>
        <source>Please choose a passphrase of at least {limit} characters.</source>
        <translation>Elige una frase de contraseña de al menos {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="120"/>
        <source>That passphrase is longer than the vault can take ({limit} characters). Please choose a shorter one.</source>
        <translation>Esa frase de contraseña es más larga de lo que acepta la bóveda ({limit} caracteres). Elige una más corta.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="147"/>
        <source>The vault cannot be kept in that folder: its path is too long. Nothing has been changed. Please choose a folder nearer the top of your drive.</source>
        <translation>La bóveda no se puede guardar en esa carpeta: su ruta es demasiado larga. No se cambió nada. Elige una carpeta más cerca del inicio de tu unidad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="148"/>
        <source>The vault cannot be kept in that folder: its name has characters this app cannot read. Nothing has been changed. Please choose or rename a folder with a plainer name.</source>
        <translation>La bóveda no se puede guardar en esa carpeta: su nombre tiene caracteres que esta app no puede leer. No se cambió nada. Elige una carpeta con un nombre más sencillo, o cámbiale el nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="149"/>
        <source>This folder already holds a vault. Nothing has been changed. Open it instead, or choose an empty folder.</source>
        <translation>Esta carpeta ya tiene una bóveda. No se cambió nada. Ábrela, o elige una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="150"/>
        <source>The vault folder could not be found.</source>
        <translation>No se encontró la carpeta de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="151"/>
        <source>The vault&apos;s data file is missing. Nothing has been changed; you can restore it from a backup.</source>
        <translation>Falta el archivo de datos de la bóveda. No se cambió nada; puedes restaurarla desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="152"/>
        <source>That does not look like a recovery code. It has seven groups of four letters and numbers.</source>
        <translation>Eso no parece un código de recuperación. Tiene siete grupos de cuatro letras y números.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="153"/>
        <source>That folder already holds a vault, so the backup was not restored there. Nothing has been changed. Please choose an empty folder.</source>
        <translation>Esa carpeta ya tiene una bóveda, así que la copia no se restauró ahí. No se cambió nada. Elige una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="154"/>
        <source>Please type the passphrase that was in use when the backup was made.</source>
        <translation>Escribe la frase de contraseña que tenías cuando se hizo la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="155"/>
        <source>That folder cannot be written to, so no vault was made there. Nothing has been changed. Please choose another folder.</source>
        <translation>No se puede escribir en esa carpeta, así que no se creó ninguna bóveda ahí. No se cambió nada. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="156"/>
        <source>The backup file is damaged and cannot be restored.</source>
        <translation>El archivo de la copia está dañado y no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="157"/>
        <source>That passphrase does not open this backup. It needs the passphrase that was in use when the backup was made.</source>
        <translation>Esa frase de contraseña no abre esta copia. Necesita la frase que tenías cuando se hizo la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/core_messages.py" line="158"/>
        <source>This vault needs a small update before this version of the app can open it, and its folder cannot be written to. Nothing has been changed. Copy the folder somewhere you can write to, or open it with the version of the app that made it.</source>
        <translation>Esta bóveda necesita una pequeña actualización para que esta versión de la app pueda abrirla, y no se puede escribir en su carpeta. No se cambió nada. Copia la carpeta a un lugar donde se pueda escribir, o ábrela con la versión de la app que la creó.</translation>
    </message>
</context>
<context>
    <name>CountrySection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="199"/>
        <source>Country for the support line</source>
        <translation>País para la línea de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="200"/>
        <source>Same as my latest plan</source>
        <translation>El mismo de mi plan más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="203"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="66"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="68"/>
        <source>Something went wrong inside the app. Everything you had saved is safe in your vault. If you were typing, your words are still on screen: you can keep going, or use Hide now and unlock again.</source>
        <translation>Algo salió mal dentro de la app. Todo lo que guardaste está a salvo en tu bóveda. Si estabas escribiendo, tus palabras siguen en la pantalla: puedes seguir, o usar Ocultar ahora y volver a desbloquear.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="599"/>
        <source>On this date:</source>
        <translation>En esta fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="600"/>
        <source>Choose a date for: %1</source>
        <translation>Elige una fecha para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="602"/>
        <source>Date for: %1</source>
        <translation>Fecha para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="613"/>
        <source>No date for now</source>
        <translation>Sin fecha por ahora</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="616"/>
        <source>Remove the date for: %1</source>
        <translation>Quitar la fecha para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="631"/>
        <source>That day has already passed. Is it the date you meant? A day to look again is usually one still to come.</source>
        <translation>Ese día ya pasó. ¿Es la fecha que querías? Un día para volver a mirarlo suele ser uno que todavía no llega.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="636"/>
        <source>Yes, keep it</source>
        <translation>Sí, dejarla</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="637"/>
        <source>Yes, keep the date that has passed</source>
        <translation>Sí, dejar la fecha que ya pasó</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="638"/>
        <source>Choose another date</source>
        <translation>Elegir otra fecha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="640"/>
        <source>Choose another date for: %1</source>
        <translation>Elegir otra fecha para: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="104"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="108"/>
        <source>Pick from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="183"/>
        <source>Type a date like %1, or press Alt+Down for a calendar. Up and Down move a day.</source>
        <translation>Escribe una fecha como %1, u oprime Alt+Abajo para ver un calendario. Arriba y Abajo mueven un día.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="193"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="193"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="194"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="244"/>
        <source>That is not a date this box can read. Try it like %1, or pick one from the calendar.</source>
        <translation>Este cuadro no puede leer esa fecha. Prueba así: %1, o elige una en el calendario.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/journal/fields.py" line="234"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../ui/journal/fields.py" line="235"/>
        <source>Set %1 to now</source>
        <translation>Usar la hora actual en %1</translation>
    </message>
</context>
<context>
    <name>DecisionQuestions</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="61"/>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="66"/>
        <source>Often possible to ask for without saying why.</source>
        <translation>Muchas veces se puede pedir sin decir por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="70"/>
        <source>Where you live: %1</source>
        <translation>Donde vives: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="803"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="804"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../ui/decisions/page.py" line="73"/>
        <source>Delete this plan?</source>
        <translation>¿Borrar este plan?</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="74"/>
        <source>Delete “%1”?</source>
        <translation>¿Borrar “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="75"/>
        <source>This deletes the plan with its answers, its history, its SURE checks and its reflections. It cannot be undone.</source>
        <translation>Esto borra el plan con sus respuestas, su historial, sus tests SURE y sus reflexiones. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="79"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="81"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="413"/>
        <source>Saved with today&apos;s date.</source>
        <translation>Guardado con la fecha de hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="492"/>
        <source>Save a copy of this plan</source>
        <translation>Guardar una copia de este plan</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/adjustments/page.py" line="343"/>
        <location filename="../../ui/adjustments/page.py" line="344"/>
        <source>Back to My adjustments</source>
        <translation>Volver a Mis ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="362"/>
        <source>Note where it stands…</source>
        <translation>Anotar cómo va…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="363"/>
        <source>Look at it again…</source>
        <translation>Volver a mirarlo…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="364"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="365"/>
        <source>Delete this change</source>
        <translation>Borrar este cambio</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="375"/>
        <source>How things have gone</source>
        <translation>Cómo han ido las cosas</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="380"/>
        <source>In my journal</source>
        <translation>En mi diario</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="394"/>
        <source>It is time to look at this again.</source>
        <translation>Es momento de volver a mirar esto.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="397"/>
        <source>Look again on %1</source>
        <translation>Volver a mirarlo el %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="446"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="458"/>
        <source>Open linked journal entry %1</source>
        <translation>Abrir la entrada vinculada %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="460"/>
        <source>Linked journal entry %1 (in the trash)</source>
        <translation>Entrada vinculada %1 (en la papelera)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="43"/>
        <source>Disclosure Helper backups (*%1)</source>
        <translation>Copias de seguridad de Disclosure Helper (*%1)</translation>
    </message>
</context>
<context>
    <name>EndSummary</name>
    <message>
        <location filename="../../ui/together/summary.py" line="47"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="58"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="62"/>
        <source>• Your decision: from “%1” to “%2”</source>
        <translation>• Tu decisión: de “%1” a “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="66"/>
        <source>• Supporter&apos;s notes: written</source>
        <translation>• Notas de quien acompaña: escritas</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="69"/>
        <source>The supporter&apos;s notes</source>
        <translation>Las notas de quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="72"/>
        <source>• Supporter&apos;s notes: none written</source>
        <translation>• Notas de quien acompaña: ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="84"/>
        <source>What would you like to keep?</source>
        <translation>¿Qué te gustaría guardar?</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="89"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="92"/>
        <source>&amp;Keep everything</source>
        <translation>&amp;Guardar todo</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="93"/>
        <source>&amp;Keep their notes</source>
        <translation>&amp;Guardar sus notas</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="97"/>
        <source>Keep &amp;plan changes only</source>
        <translation>Guardar solo los &amp;cambios del plan</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="98"/>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Guardar mis cambios</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="103"/>
        <source>&amp;Discard everything</source>
        <translation>&amp;Descartar todo</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="108"/>
        <source>← &amp;Back to the session</source>
        <translation>← &amp;Volver a la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="110"/>
        <source>Back to the session</source>
        <translation>Volver a la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="136"/>
        <source>If you keep it</source>
        <translation>Si lo guardas</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="143"/>
        <source>A short name for the new plan</source>
        <translation>Un nombre corto para el nuevo plan</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="145"/>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="150"/>
        <source>Where you live</source>
        <translation>Dónde vives</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="154"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="155"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situación</translation>
    </message>
    <message>
        <location filename="../../ui/together/summary.py" line="156"/>
        <source>&amp;Where you live</source>
        <translation>&amp;Lugar donde vives</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../ui/journal/delegate.py" line="49"/>
        <source>Mood %1  ·  Energy %2  ·  Stress %3</source>
        <translation>Ánimo %1  ·  Energía %2  ·  Estrés %3</translation>
    </message>
    <message>
        <location filename="../../ui/journal/delegate.py" line="52"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/journal/editor.py" line="113"/>
        <location filename="../../ui/journal/editor.py" line="114"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="132"/>
        <source>This entry is linked to these changes in My adjustments:</source>
        <translation>Esta entrada está vinculada a estos cambios en Mis ajustes:</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="147"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="148"/>
        <source>Undo typing in the last box you used</source>
        <translation>Deshacer lo escrito en el último cuadro que usaste</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="149"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="150"/>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="151"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="152"/>
        <source>Discard this unsaved writing</source>
        <translation>Descartar este escrito sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="153"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="154"/>
        <source>Save the entry (Ctrl+S)</source>
        <translation>Guardar la entrada (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="176"/>
        <location filename="../../ui/journal/editor.py" line="283"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="179"/>
        <location filename="../../ui/journal/editor.py" line="310"/>
        <location filename="../../ui/journal/editor.py" line="420"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="181"/>
        <source>Words to group entries by, separated by commas.</source>
        <translation>Palabras para agrupar entradas, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="182"/>
        <source>For example: night shift, team meeting</source>
        <translation>Por ejemplo: turno de noche, reunión de equipo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="226"/>
        <source>Here is the writing you had not saved yet, just as you left it.</source>
        <translation>Aquí está lo que no habías guardado, tal como lo dejaste.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="248"/>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="286"/>
        <source>A title, if you want one</source>
        <translation>Un título, si quieres</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="306"/>
        <location filename="../../ui/journal/editor.py" line="419"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="313"/>
        <source>Separate tags with commas. Known tags are offered as you type.</source>
        <translation>Separa las etiquetas con comas. Mientras escribes, aparecen las que ya usaste.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="321"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="322"/>
        <source>Change this if you are writing about another day.</source>
        <translation>Cámbialo si escribes sobre otro día.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="329"/>
        <source>Linked plan</source>
        <translation>Plan vinculado</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="330"/>
        <source>Keep this entry next to one of your disclosure plans.</source>
        <translation>Guarda esta entrada junto a uno de tus planes.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="367"/>
        <source>When it happened: %1</source>
        <translation>Cuándo pasó: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="466"/>
        <source>Added, with today&apos;s date.</source>
        <translation>Agregado, con la fecha de hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="580"/>
        <source>Your latest changes could not be kept as a draft yet. They are still on screen.</source>
        <translation>Tus últimos cambios todavía no se pudieron guardar como borrador. Siguen en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="584"/>
        <source>Draft kept</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="632"/>
        <source>Save a copy of this entry</source>
        <translation>Guardar una copia de esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="664"/>
        <source>Discard this writing? It has not been saved and cannot be brought back.</source>
        <translation>¿Descartar este escrito? No se ha guardado y no se podrá recuperar.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/editor.py" line="665"/>
        <source>Yes, discard it</source>
        <translation>Sí, descartarlo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/editor.py" line="566"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../ui/journal/model.py" line="349"/>
        <source>mood %1, energy %2, stress %3 out of 5</source>
        <translation>ánimo %1, energía %2, estrés %3 de 5</translation>
    </message>
    <message>
        <location filename="../../ui/journal/model.py" line="358"/>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="28"/>
        <source>Save your plan as a PDF</source>
        <translation>Guardar tu plan como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="47"/>
        <source>Save a printable copy</source>
        <translation>Guardar una copia para imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="56"/>
        <source>The PDF file is not encrypted. Anyone who can open the file can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>El archivo PDF no está cifrado. Cualquiera que pueda abrirlo puede leerlo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="60"/>
        <source>Choose what to include:</source>
        <translation>Elige qué incluir:</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="70"/>
        <source>Include: %1</source>
        <translation>Incluir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="80"/>
        <location filename="../../ui/journal/export.py" line="195"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="81"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="82"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="103"/>
        <source>Making your PDF…</source>
        <translation>Creando tu PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="114"/>
        <source>Saved as %1. Remember, this file is not encrypted.</source>
        <translation>Guardado como %1. Recuerda: este archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="121"/>
        <source>The PDF could not be saved there. Please try another folder. Nothing in your plan has changed.</source>
        <translation>No se pudo guardar el PDF ahí. Prueba otra carpeta. Nada de tu plan cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="133"/>
        <source>Export journal entries</source>
        <translation>Exportar entradas del diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="146"/>
        <source>Which entries?</source>
        <translation>¿Qué entradas?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="151"/>
        <source>The entries you select in the list (none selected now)</source>
        <translation>Las entradas que elijas en la lista (ahora no hay ninguna)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="152"/>
        <source>What the list shows now</source>
        <translation>Lo que muestra la lista ahora</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="153"/>
        <source>Every entry in the journal</source>
        <translation>Todas las entradas del diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="155"/>
        <source>With your search and filters as they are.</source>
        <translation>Con tu búsqueda y tus filtros como están.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="165"/>
        <source>What kind of export?</source>
        <translation>¿Qué tipo de exportación?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="167"/>
        <source>The entries as written</source>
        <translation>Las entradas como las escribiste</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="168"/>
        <source>An incident timeline</source>
        <translation>Una cronología de incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="174"/>
        <source>Only incident records, oldest first, to share with a union rep, HR or a legal adviser.</source>
        <translation>Solo los registros de incidentes, del más antiguo al más nuevo, para compartir con alguien del sindicato, Recursos Humanos o un asesor legal.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="178"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="181"/>
        <source>Markdown (plain text)</source>
        <translation>Markdown (texto simple)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="182"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="184"/>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="190"/>
        <source>The file name will hold only the date, nothing you wrote.</source>
        <translation>El nombre del archivo solo tendrá la fecha, nada de lo que escribiste.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="196"/>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="210"/>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/export_dialog.py" line="30"/>
        <location filename="../../ui/journal/export.py" line="211"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="212"/>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="241"/>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="251"/>
        <source>There was nothing to export, so an empty file was written. An incident timeline holds incident records only.</source>
        <translation>No había nada para exportar, así que se escribió un archivo vacío. Una cronología de incidentes solo incluye registros de incidentes.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="263"/>
        <source>The disk is full, so the file could not be written. Free up some space, or pick another place.</source>
        <translation>El disco está lleno, así que no se pudo escribir el archivo. Libera algo de espacio o elige otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="266"/>
        <source>The file could not be written there. Please pick another folder, or check that the disk has space.</source>
        <translation>No se pudo escribir el archivo ahí. Elige otra carpeta o revisa que el disco tenga espacio.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/export.py" line="270"/>
        <source>The export did not work. Nothing was written.</source>
        <translation>La exportación no funcionó. No se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/export.py" line="149"/>
        <source>The %n entries you selected</source>
        <translation>
            <numerusform>La entrada que elegiste</numerusform>
            <numerusform>Las %n entradas que elegiste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/export.py" line="255"/>
        <source>Saved %n entries. Remember: this file is not encrypted.</source>
        <translation>
            <numerusform>Se guardó %n entrada. Recuerda: este archivo no está cifrado.</numerusform>
            <numerusform>Se guardaron %n entradas. Recuerda: este archivo no está cifrado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../ui/journal/filters.py" line="26"/>
        <source>Show kind of entry</source>
        <translation>Mostrar tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="28"/>
        <source>Show entries with tag</source>
        <translation>Mostrar entradas con la etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="33"/>
        <source>Tag to show</source>
        <translation>Etiqueta que mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="34"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="36"/>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="37"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="37"/>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="38"/>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="38"/>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="39"/>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="42"/>
        <source>Show entries linked to plan</source>
        <translation>Mostrar entradas vinculadas al plan</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="52"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="53"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="60"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="61"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="61"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="76"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="76"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="85"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="102"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="112"/>
        <source>Any plan or none</source>
        <translation>Cualquier plan o ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/journal/filters.py" line="114"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="92"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="99"/>
        <source>Welcome to Disclosure Helper</source>
        <translation>Te damos la bienvenida a Disclosure Helper</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="101"/>
        <source>Disclosure Helper helps you think through whether, who, what, when, where, why and how to tell people at work about your mental health, and gives you a private journal for the days in between. The choices are always yours: it never tells you what to do.</source>
        <translation>Disclosure Helper te ayuda a pensar si contarle a alguien del trabajo sobre tu salud mental, y a quién, qué, cuándo, dónde, por qué y cómo. También te da un diario privado para los días de en medio. Tú decides siempre: la app nunca te dice qué hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="105"/>
        <source>Our privacy promise</source>
        <translation>Nuestra promesa de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="107"/>
        <source>Everything stays on this computer. The app never connects to the internet.</source>
        <translation>Todo se queda en esta computadora. La app nunca se conecta a internet.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="109"/>
        <source>What you write is locked with a passphrase that only you know.</source>
        <translation>Lo que escribes queda cerrado con una frase de contraseña que solo tú conoces.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="110"/>
        <source>Nothing leaves unless you export it yourself.</source>
        <translation>Nada sale de aquí a menos que tú lo exportes.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="111"/>
        <source>If you forget your passphrase and lose your recovery code, nobody can get your writing back. Not even us.</source>
        <translation>Si olvidas tu frase de contraseña y pierdes tu código de recuperación, nadie puede recuperar lo que escribiste. Ni siquiera nosotros.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="116"/>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="118"/>
        <source>I have a backup to restore…</source>
        <translation>Tengo una copia de seguridad para restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="124"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="126"/>
        <source>A passphrase is like a password, only longer: a few words that mean something to you and nobody else. You will type it each time you open the app.</source>
        <translation>Una frase de contraseña es como una contraseña, pero más larga: unas palabras que significan algo para ti y para nadie más. La escribirás cada vez que abras la app.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="130"/>
        <location filename="../../ui/firstrun/wizard.py" line="138"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="132"/>
        <source>Type the passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="133"/>
        <source>Show second passphrase</source>
        <translation>Mostrar la segunda frase</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="139"/>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="142"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="143"/>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="159"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="161"/>
        <source>If you ever forget your passphrase, this code is the only other way in. It is shown only now. Write it down, print it, or save it, and keep it somewhere safe and private.</source>
        <translation>Si algún día olvidas tu frase de contraseña, este código es la única otra forma de entrar. Solo se muestra ahora. Anótalo, imprímelo o guárdalo en un lugar seguro y privado.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="168"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="176"/>
        <source>You&apos;re all set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="178"/>
        <source>One last choice. You can change it any time in Settings.</source>
        <translation>Una última opción. Puedes cambiarla cuando quieras en Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="189"/>
        <source>Start using Disclosure Helper</source>
        <translation>Empezar a usar Disclosure Helper</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="227"/>
        <source>Both passphrases match.</source>
        <translation>Las dos frases coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="229"/>
        <source>These don&apos;t match yet.</source>
        <translation>Todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="241"/>
        <source>That passphrase would be too easy to guess. Please add a word or two.</source>
        <translation>Esa frase sería muy fácil de adivinar. Agrégale una o dos palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="263"/>
        <source>Creating your private vault. This takes a moment…</source>
        <translation>Creando tu bóveda privada. Esto toma un momento…</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="289"/>
        <source>The vault could not be created. Nothing was saved. Please try again.</source>
        <translation>No se pudo crear la bóveda. No se guardó nada. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FollowupPanel</name>
    <message>
        <location filename="../../ui/decisions/panels.py" line="282"/>
        <source>After it happened</source>
        <translation>Después de que pasó</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="284"/>
        <source>Add a reflection</source>
        <translation>Agregar una reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="301"/>
        <source>No reflections yet. You can add one whenever you are ready, or not at all.</source>
        <translation>Todavía no hay reflexiones. Puedes agregar una cuando quieras, o ninguna.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="313"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="314"/>
        <source>Open the reflection from %1</source>
        <translation>Abrir la reflexión del %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="330"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="331"/>
        <source>Done with this reflection</source>
        <translation>Terminar esta reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="332"/>
        <source>Look at my decision again</source>
        <translation>Volver a mirar mi decisión</translation>
    </message>
</context>
<context>
    <name>FromPlanDialog</name>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="154"/>
        <source>Add from a plan</source>
        <translation>Agregar desde un plan</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="154"/>
        <source>Add these</source>
        <translation>Agregar estas</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="159"/>
        <source>The needs you picked on a plan&apos;s “Why” page can start your list. Each one comes in as an idea, and nothing is shared.</source>
        <translation>Las necesidades que elegiste en la página “Por qué” de un plan pueden empezar tu lista. Cada una entra como idea, y no se comparte nada.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="164"/>
        <source>Which plan</source>
        <translation>Qué plan</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="165"/>
        <source>Needs from this plan</source>
        <translation>Necesidades de este plan</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="197"/>
        <source>This plan has no needs picked yet. You can pick some on its “Why” page, or add changes here one at a time.</source>
        <translation>Este plan todavía no tiene necesidades elegidas. Puedes elegirlas en su página “Por qué”, o agregar cambios aquí uno por uno.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="201"/>
        <source>%1 (already in My adjustments)</source>
        <translation>%1 (ya está en Mis ajustes)</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ui/together/guidance.py" line="35"/>
        <source>Questions you could ask here</source>
        <translation>Preguntas que podrías hacer</translation>
    </message>
    <message>
        <location filename="../../ui/together/guidance.py" line="38"/>
        <source>Open questions leave room to think. Pick one, or none.</source>
        <translation>Las preguntas abiertas dan espacio. Elige una o ninguna.</translation>
    </message>
</context>
<context>
    <name>HelpSection</name>
    <message>
        <location filename="../../ui/settings/naming.py" line="68"/>
        <source>About this app</source>
        <translation>Acerca de esta app</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="69"/>
        <source>The version, the privacy promise, the licence and the people whose work the app is built on.</source>
        <translation>La versión, la promesa de privacidad, la licencia y las personas en cuyo trabajo se basa la app.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="73"/>
        <source>About…</source>
        <translation>Acerca de…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="74"/>
        <source>About the app</source>
        <translation>Acerca de la app</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="75"/>
        <source>Keyboard shortcuts…</source>
        <translation>Atajos de teclado…</translation>
    </message>
</context>
<context>
    <name>HistoryCard</name>
    <message>
        <location filename="../../ui/decisions/panels.py" line="66"/>
        <source>How your decision has changed</source>
        <translation>Cómo ha cambiado tu decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="70"/>
        <source>Each change is kept with its date, so you can see your thinking over time.</source>
        <translation>Cada cambio se guarda con su fecha, para que veas cómo cambia tu forma de pensar.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="83"/>
        <source>(look again on %1)</source>
        <translation>(volver a mirarlo el %1)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="41"/>
        <source>This is your private space. Take what is useful today and leave the rest.</source>
        <translation>Este es tu espacio privado. Toma lo que te sirva hoy y deja el resto.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="75"/>
        <source>What would you like to do?</source>
        <translation>¿Qué te gustaría hacer?</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="80"/>
        <source>Think through telling someone</source>
        <translation>Pensar si contarle a alguien</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="81"/>
        <source>Weigh whether, who, what, when, where, why and how, at your own pace. Not telling is a choice too.</source>
        <translation>Piensa si contarlo, a quién, qué, cuándo, dónde, por qué y cómo, a tu ritmo. No contarlo también es una opción.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="83"/>
        <source>Open Decisions</source>
        <translation>Abrir Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="84"/>
        <source>Write in your journal</source>
        <translation>Escribir en tu diario</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="85"/>
        <source>A quick check-in, a debrief after a hard day, or a note of something that happened at work.</source>
        <translation>Un registro rápido, un desahogo después de un día difícil o una nota de algo que pasó en el trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="87"/>
        <source>Open Journal</source>
        <translation>Abrir Diario</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="88"/>
        <source>Notice patterns</source>
        <translation>Ver patrones</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="89"/>
        <source>Look back over your check-ins and see what helps.</source>
        <translation>Mira tus registros rápidos de antes y descubre qué te ayuda.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="90"/>
        <source>Open Insights</source>
        <translation>Abrir Patrones</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="91"/>
        <source>Sit down with a supporter</source>
        <translation>Sentarte con alguien que te acompañe</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="92"/>
        <source>Show only what you choose, in large, clear text.</source>
        <translation>Muestra solo lo que eliges, con letra grande y clara.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="93"/>
        <source>Open Together mode</source>
        <translation>Abrir el modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="106"/>
        <source>Someone walking up?</source>
        <translation>¿Se acerca alguien?</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="107"/>
        <source>Press Hide now at the top right, or Ctrl+Shift+H, or Escape twice. The app locks straight away and shows only a plain unlock screen.</source>
        <translation>Oprime Ocultar ahora arriba a la derecha, o Ctrl+Shift+H, o Escape dos veces. La app se bloquea de inmediato y solo muestra una pantalla de desbloqueo sencilla.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="144"/>
        <source>Hello. Good to see you.</source>
        <translation>Hola. Qué bueno verte.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="146"/>
        <source>Good morning.</source>
        <translation>Buenos días.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="148"/>
        <source>Good afternoon.</source>
        <translation>Buenas tardes.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="149"/>
        <source>Good evening.</source>
        <translation>Buenas noches.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="201"/>
        <source>This computer can protect your passphrase more strongly than it does now, so that it would take far longer for anyone to guess. Unlocking would still take about a second. It needs your passphrase once.</source>
        <translation>Esta computadora puede proteger tu frase de contraseña mejor que ahora, para que adivinarla tome mucho más tiempo. Desbloquear seguiría tomando cerca de un segundo. Solo necesita tu frase una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="205"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="209"/>
        <source>Strengthen it…</source>
        <translation>Reforzarla…</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="210"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="234"/>
        <source>You haven&apos;t made a backup yet. A backup keeps your writing safe if this computer is lost or breaks.</source>
        <translation>Todavía no hiciste una copia de seguridad. Una copia protege lo que escribiste si esta computadora se pierde o se daña.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="236"/>
        <source>Your last backup was more than 30 days ago. A fresh one keeps your recent writing safe.</source>
        <translation>Tu última copia de seguridad tiene más de 30 días. Una nueva protege lo que escribiste hace poco.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="243"/>
        <source>Back up now…</source>
        <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="253"/>
        <source>You set a date to look at your adjustments again, and it has come. Take a look when it suits you.</source>
        <translation>Pusiste una fecha para volver a mirar tus ajustes, y ya llegó. Puedes mirarlos cuando te venga bien.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="259"/>
        <source>Take a look</source>
        <translation>Mirarlos</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../ui/insights/page.py" line="101"/>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="102"/>
        <source>Patterns from your own check-ins and entries, worked out on this device. They describe; they don&apos;t judge.</source>
        <translation>Patrones de tus propios registros y entradas, calculados en este dispositivo. Describen, no juzgan.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="109"/>
        <source>Show by</source>
        <translation>Mostrar por</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="112"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="112"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="112"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="117"/>
        <source>Show check-ins by %1</source>
        <translation>Mostrar los registros por %1</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="130"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="130"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="131"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="132"/>
        <source>Mood, energy and stress</source>
        <translation>Ánimo, energía y estrés</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="133"/>
        <source>Entries per week</source>
        <translation>Entradas por semana</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="134"/>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="135"/>
        <source>What you did</source>
        <translation>Lo que hiciste</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="188"/>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ui/insights/page.py" line="197"/>
        <source>The charts could not be worked out just now.</source>
        <translation>No se pudieron calcular las gráficas en este momento.</translation>
    </message>
</context>
<context>
    <name>JournalDates</name>
    <message>
        <location filename="../../ui/journal/look.py" line="34"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/journal/look.py" line="36"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/journal/page.py" line="162"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="164"/>
        <source>Quick check-in</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="165"/>
        <source>Mood, energy and stress in about 20 seconds</source>
        <translation>Ánimo, energía y estrés en unos 20 segundos</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="167"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="168"/>
        <source>Write something new (Ctrl+N)</source>
        <translation>Escribir algo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="173"/>
        <source>Only you can read this. Write after a hard shift, keep a factual record, or just check in.</source>
        <translation>Solo tú puedes leer esto. Escribe después de un turno difícil, lleva un registro de los hechos o solo anota cómo estás.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="177"/>
        <source>Unfinished writing</source>
        <translation>Escritos sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="191"/>
        <location filename="../../ui/journal/page.py" line="480"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="193"/>
        <location filename="../../ui/journal/page.py" line="379"/>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="194"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="195"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="196"/>
        <source>Open the trash</source>
        <translation>Abrir la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="213"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="221"/>
        <source>Nothing here yet</source>
        <translation>Todavía no hay nada aquí</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="222"/>
        <source>Your journal is private and stays on this device. A quick check-in takes about twenty seconds; after a hard shift, there is a gentle set of questions to help you set the day down.</source>
        <translation>Tu diario es privado y se queda en este dispositivo. Un registro rápido toma unos veinte segundos. Después de un turno difícil, hay unas preguntas amables para ayudarte a soltar el día.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="330"/>
        <location filename="../../ui/journal/trash.py" line="132"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="335"/>
        <source>Linked to a plan that was deleted</source>
        <translation>Vinculada a un plan que se borró</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="336"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="336"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="348"/>
        <source>Finish or close this entry first.</source>
        <translation>Primero termina o cierra esta entrada.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="379"/>
        <source>Hide filters</source>
        <translation>Ocultar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="418"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="424"/>
        <source>Check-in saved. Thank you for checking in with yourself.</source>
        <translation>Registro guardado. Gracias por tomarte un momento para ti.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="443"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="479"/>
        <source>Filters (on)</source>
        <translation>Filtros (activos)</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="520"/>
        <source>The list could not be read just now. Please try again.</source>
        <translation>No se pudo leer la lista en este momento. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="554"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="577"/>
        <source>Nothing found. Try fewer words, or check the filters.</source>
        <translation>No se encontró nada. Prueba con menos palabras o revisa los filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="631"/>
        <source>%1, last changed %2</source>
        <translation>%1, último cambio: %2</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="634"/>
        <source>Changes to an entry: %1</source>
        <translation>Cambios en una entrada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="636"/>
        <source>Continue writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="637"/>
        <source>Continue writing: %1</source>
        <translation>Seguir escribiendo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="639"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="640"/>
        <source>Discard: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="653"/>
        <source>Discard this unfinished writing? It cannot be brought back.</source>
        <translation>¿Descartar este escrito sin terminar? No se podrá recuperar.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="654"/>
        <source>Yes, discard it</source>
        <translation>Sí, descartarlo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="442"/>
        <source>Moved %n entries to the trash.</source>
        <translation>
            <numerusform>Se movió %n entrada a la papelera.</numerusform>
            <numerusform>Se movieron %n entradas a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="460"/>
        <source>The %n entries are back.</source>
        <translation>
            <numerusform>La entrada volvió.</numerusform>
            <numerusform>Las %n entradas volvieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="545"/>
        <source>%n entries match your filters.</source>
        <translation>
            <numerusform>%n entrada coincide con tus filtros.</numerusform>
            <numerusform>%n entradas coinciden con tus filtros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="547"/>
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n entrada, la más nueva primero.</numerusform>
            <numerusform>%n entradas, las más nuevas primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="575"/>
        <source>%n entries hold these words.</source>
        <translation>
            <numerusform>%n entrada tiene estas palabras.</numerusform>
            <numerusform>%n entradas tienen estas palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/page.py" line="648"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>Y %n más.</numerusform>
            <numerusform>Y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="356"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="357"/>
        <source>New recovery code…</source>
        <translation>Nuevo código de recuperación…</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="296"/>
        <location filename="../../ui/settings/page.py" line="302"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="298"/>
        <source>Follow my computer (%1)</source>
        <translation>Como en mi computadora (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="305"/>
        <source>Guidance, rights cards and dates follow it too. Your own words stay as you wrote them.</source>
        <translation>La orientación, las tarjetas de derechos y las fechas también cambian. Tus palabras quedan como las escribiste.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="332"/>
        <source>Disclosure Helper will be in %1 the next time it starts.</source>
        <translation>Disclosure Helper estará en %1 la próxima vez que se abra.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="337"/>
        <source>Restart in %1?</source>
        <translation>¿Reiniciar en %1?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="339"/>
        <source>The app needs to close and open again to change its language. Everything you have written is saved first, and you unlock your vault again as usual.</source>
        <translation>La app tiene que cerrarse y volver a abrirse para cambiar de idioma. Primero se guarda todo lo que escribiste, y luego desbloqueas tu bóveda como siempre.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="342"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="343"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../ui/help/about.py" line="50"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../ui/adjustments/page.py" line="255"/>
        <source>Add something that helps…</source>
        <translation>Agregar algo que ayuda…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="256"/>
        <source>Add from a plan…</source>
        <translation>Agregar desde un plan…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="257"/>
        <source>Add needs from a plan</source>
        <translation>Agregar necesidades desde un plan</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="258"/>
        <source>Make a passport or a letter…</source>
        <translation>Hacer un pasaporte o una carta…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="260"/>
        <source>Make a passport, a request letter or a checklist</source>
        <translation>Hacer un pasaporte, una carta de solicitud o una lista</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="261"/>
        <source>Look at it together…</source>
        <translation>Mirarlo en compañía…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="263"/>
        <source>Look at My adjustments together with a supporter</source>
        <translation>Mirar Mis ajustes con alguien que te acompañe</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="268"/>
        <source>What helps me work</source>
        <translation>Lo que me ayuda a trabajar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="276"/>
        <source>Every part is optional. What you write here stays in this app unless you choose to put it in a passport or a letter.</source>
        <translation>Cada parte es opcional. Lo que escribas aquí se queda en esta app, a menos que elijas ponerlo en un pasaporte o una carta.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="281"/>
        <source>Looking at it again</source>
        <translation>Volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="288"/>
        <source>Has something changed?</source>
        <translation>¿Cambió algo?</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="291"/>
        <source>Mark it for a fresh look</source>
        <translation>Marcar para volver a mirar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="293"/>
        <source>Mark everything in place for a fresh look</source>
        <translation>Marcar todo lo vigente para volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="294"/>
        <source>I looked at it all…</source>
        <translation>Ya lo miré todo…</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="296"/>
        <source>I have looked at my adjustments again</source>
        <translation>Ya volví a mirar mis ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="305"/>
        <source>Nothing here yet</source>
        <translation>Todavía no hay nada aquí</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="306"/>
        <source>Start with something that helps you, or bring over the needs you picked in a plan. An idea is a fine place to start.</source>
        <translation>Puedes empezar con algo que te ayude, o traer las necesidades que elegiste en un plan. Una idea es un buen punto de partida.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Hide now</source>
        <translation>Ocultar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Lock the app straight away (Ctrl+Shift+H, or Escape twice)</source>
        <translation>Bloquear la app de inmediato (Ctrl+Shift+H, o Escape dos veces)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Locks the app straight away and shows the unlock screen.</source>
        <translation>Bloquea la app de inmediato y muestra la pantalla de desbloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <source>Read only: this vault&apos;s folder or drive cannot be written to, so you can read everything but nothing new can be saved. To write again, copy the folder somewhere you can write to, or make the drive writable, and open the app again.</source>
        <translation>Solo lectura: no se puede escribir en la carpeta o unidad de esta bóveda. Puedes leer todo, pero no se puede guardar nada nuevo. Para volver a escribir, copia la carpeta a un lugar donde se pueda escribir, o permite escribir en la unidad, y abre la app de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="821"/>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="822"/>
        <source>The backup was restored into %1 and checked. The vault you have here has not been changed.</source>
        <translation>La copia se restauró en %1 y se revisó. La bóveda que tienes aquí no cambió.</translation>
    </message>
</context>
<context>
    <name>ManyAnswer</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="370"/>
        <source>Add in your own words: %1</source>
        <translation>Agregar con tus palabras: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="374"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="376"/>
        <source>Add your own words</source>
        <translation>Agregar con tus palabras</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="406"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/banner.py" line="45"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="46"/>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="48"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>NameSection</name>
    <message>
        <location filename="../../ui/settings/naming.py" line="25"/>
        <source>Name on screen</source>
        <translation>Nombre en pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="26"/>
        <source>On a shared computer, the app can go by a plain name. The window, the taskbar and the top bar then show only that name, and the unlock screen shows no name at all.</source>
        <translation>En una computadora compartida, la app puede usar un nombre sencillo. La ventana, la barra de tareas y la barra superior muestran solo ese nombre, y la pantalla de desbloqueo no muestra ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="31"/>
        <location filename="../../ui/settings/naming.py" line="33"/>
        <source>Show the app as</source>
        <translation>Mostrar la app como</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="36"/>
        <source>%1 (its own name)</source>
        <translation>%1 (su propio nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/naming.py" line="42"/>
        <source>This applies to this computer only. Some taskbars show a new name the next time the app starts.</source>
        <translation>Esto solo se aplica en esta computadora. Algunas barras de tareas muestran el nombre nuevo la próxima vez que se abre la app.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="19"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="21"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="25"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="27"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="29"/>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="31"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="33"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="32"/>
        <location filename="../../ui/widgets/passphrase.py" line="45"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="35"/>
        <location filename="../../ui/widgets/passphrase.py" line="47"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="45"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="47"/>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PauseScreen</name>
    <message>
        <location filename="../../ui/together/view.py" line="88"/>
        <source>Continue when ready</source>
        <translation>Seguir cuando quieras</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="89"/>
        <source>Back to where you were (%1)</source>
        <translation>Volver a donde estabas (%1)</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../ui/widgets/pdf.py" line="90"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf.py" line="90"/>
        <source>To fill in</source>
        <translation>Por completar</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="132"/>
        <source>Where you are: %1</source>
        <translation>Dónde estás: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="133"/>
        <source>%1 of %2 pages started</source>
        <translation>%1 de %2 páginas empezadas</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="145"/>
        <source>Look again on %1</source>
        <translation>Volver a mirarlo el %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="149"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="150"/>
        <source>Delete %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="152"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="153"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="48"/>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="48"/>
        <source>Plan details</source>
        <translation>Detalles del plan</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="52"/>
        <source>What are you thinking about?</source>
        <translation>¿En qué estás pensando?</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="53"/>
        <source>Change the details</source>
        <translation>Cambiar los detalles</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="49"/>
        <source>One decision at a time. A short name is enough, and only you will see it.</source>
        <translation>Una decisión a la vez. Basta con un nombre corto, y solo tú lo verás.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="61"/>
        <source>For example: telling my new manager</source>
        <translation>Por ejemplo: contarle a mi nuevo jefe</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="62"/>
        <source>A short name for this decision</source>
        <translation>Un nombre corto para esta decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="63"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="65"/>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="69"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situación</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="72"/>
        <source>Where you live</source>
        <translation>Dónde vives</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="75"/>
        <source>&amp;Where you live</source>
        <translation>&amp;Lugar donde vives</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="86"/>
        <source>Where you live is used to show the rules that may apply to you.</source>
        <translation>El lugar donde vives sirve para mostrarte las reglas que podrían aplicarse a ti.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="91"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="91"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="89"/>
        <location filename="../../ui/decisions/plan_list.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="110"/>
        <source>Please give it a short name, like “Telling my new manager”.</source>
        <translation>Ponle un nombre corto, como “Contarle a mi nuevo jefe”.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="35"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="35"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="41"/>
        <source>This file is not encrypted. Anyone who opens it can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Este archivo no está cifrado. Cualquier persona que lo abra puede leerlo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="46"/>
        <source>Decision, date to look again and next steps</source>
        <translation>Decisión, fecha para volver a mirarla y próximos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="47"/>
        <source>SURE checks over time</source>
        <translation>Tests SURE a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="48"/>
        <source>How the decision changed</source>
        <translation>Cómo fue cambiando la decisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="49"/>
        <source>Where to find your rights</source>
        <translation>Dónde encontrar tus derechos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="50"/>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="51"/>
        <source>Where I am now</source>
        <translation>Dónde estoy ahora</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="52"/>
        <source>I will look at this again on %1.</source>
        <translation>Voy a volver a mirar esto el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="53"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="54"/>
        <source>Nothing written here yet.</source>
        <translation>Todavía no hay nada escrito aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="55"/>
        <source>The decision has not changed yet.</source>
        <translation>La decisión todavía no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="56"/>
        <source>No checks saved yet.</source>
        <translation>Todavía no hay tests guardados.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="57"/>
        <source>%1: %2 of 4 yes</source>
        <translation>%1: %2 de 4 con sí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="58"/>
        <source>Last reviewed %1.</source>
        <translation>Revisado por última vez el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_pdf.py" line="116"/>
        <source>Disclosure plan</source>
        <translation>Plan para contarlo</translation>
    </message>
</context>
<context>
    <name>PlanField</name>
    <message>
        <location filename="../../ui/journal/fields.py" line="304"/>
        <source>Not linked to a plan</source>
        <translation>Sin vincular a un plan</translation>
    </message>
    <message>
        <location filename="../../ui/journal/fields.py" line="306"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location filename="../../ui/journal/fields.py" line="320"/>
        <source>A plan that was deleted</source>
        <translation>Un plan que se borró</translation>
    </message>
</context>
<context>
    <name>PlanListView</name>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="171"/>
        <source>Your decisions</source>
        <translation>Tus decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="173"/>
        <source>Think through one decision at a time, in your own order and at your own pace. Not telling is a complete answer too. You can come back to any plan later.</source>
        <translation>Piensa una decisión a la vez, en el orden que quieras y a tu ritmo. No contarlo también es una respuesta completa. Puedes volver a cualquier plan después.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="178"/>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="194"/>
        <source>One plan has reached the date you set to look at it again.</source>
        <translation>Un plan llegó a la fecha que pusiste para volver a mirarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="196"/>
        <source>%1 plans have reached the date you set to look at them again.</source>
        <translation>%1 planes llegaron a la fecha que pusiste para volver a mirarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="199"/>
        <source>Nothing here yet</source>
        <translation>Todavía no hay nada aquí</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/plan_list.py" line="200"/>
        <source>When you are ready, start with “New decision”. You might begin with something like the health question on an application, or whether to mention something at an interview.</source>
        <translation>Cuando quieras, empieza con “Nueva decisión”. Podrías empezar con algo como la pregunta de salud de una solicitud de empleo, o si mencionar algo en una entrevista.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/decisions/page.py" line="114"/>
        <source>← All decisions</source>
        <translation>← Todas las decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="115"/>
        <source>Back to all decisions</source>
        <translation>Volver a todas las decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="118"/>
        <source>Think it through together…</source>
        <translation>Pensarlo en compañía…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="119"/>
        <source>Think this plan through together with a supporter</source>
        <translation>Pensar este plan con alguien que te acompañe</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="120"/>
        <source>Open this plan in Together mode, in large text with guidance for the person beside you</source>
        <translation>Abrir este plan en el modo Juntos, con letra grande y una guía para la persona a tu lado</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="122"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="123"/>
        <source>Change the name or details</source>
        <translation>Cambiar el nombre o los detalles</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="124"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="125"/>
        <source>Save a printable copy as PDF</source>
        <translation>Guardar una copia para imprimir en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="126"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="127"/>
        <source>Delete this plan</source>
        <translation>Borrar este plan</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="154"/>
        <source>These needs from this plan are in My adjustments, where you can note how each one is going:</source>
        <translation>Estas necesidades de este plan están en Mis ajustes, donde puedes anotar cómo va cada una:</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="156"/>
        <source>In My adjustments</source>
        <translation>En Mis ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="164"/>
        <source>Rights where you live</source>
        <translation>Derechos donde vives</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/page.py" line="168"/>
        <source>How did it go?</source>
        <translation>¿Cómo te fue?</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../ui/settings/page.py" line="110"/>
        <location filename="../../ui/settings/page.py" line="113"/>
        <source>Lock automatically after</source>
        <translation>Bloquear automáticamente tras</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="116"/>
        <location filename="../../ui/settings/page.py" line="117"/>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="129"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="131"/>
        <source>1 minute without use</source>
        <translation>1 minuto sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="132"/>
        <source>%1 minutes without use</source>
        <translation>%1 minutos sin uso</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../ui/unlock/problem.py" line="45"/>
        <location filename="../../ui/unlock/problem.py" line="76"/>
        <source>Your vault could not be opened</source>
        <translation>No se pudo abrir tu bóveda</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="47"/>
        <source>Your vault folder is here:</source>
        <translation>La carpeta de tu bóveda está aquí:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="57"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="62"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="63"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="64"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="75"/>
        <source>%1 is already open</source>
        <translation>%1 ya está abierta</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="110"/>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/problem.py" line="111"/>
        <source>Your backup was restored into this folder and checked:
%1

The damaged folder was left as it was. Next time, start Disclosure Helper with this folder:
disclosure-helper --data-dir &quot;%1&quot;</source>
        <translation>Tu copia de seguridad se restauró en esta carpeta y se revisó:
%1

La carpeta dañada quedó como estaba. La próxima vez, abre Disclosure Helper con esta carpeta:
disclosure-helper --data-dir &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>RadioAnswer</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="148"/>
        <source>Your own words for: %1</source>
        <translation>Con tus palabras, para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="160"/>
        <source>Clear my answer</source>
        <translation>Borrar mi respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="163"/>
        <source>Clear my answer to: %1</source>
        <translation>Borrar mi respuesta a: %1</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <location filename="../../ui/journal/rating.py" line="43"/>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 de 5</translation>
    </message>
    <message>
        <location filename="../../ui/journal/rating.py" line="53"/>
        <source>1 = %1</source>
        <translation>1 = %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/rating.py" line="55"/>
        <source>5 = %1</source>
        <translation>5 = %1</translation>
    </message>
    <message>
        <location filename="../../ui/journal/rating.py" line="81"/>
        <source>%1, from 1 to 5</source>
        <translation>%1, del 1 al 5</translation>
    </message>
    <message>
        <location filename="../../ui/journal/rating.py" line="82"/>
        <source>Not picked yet.</source>
        <translation>Todavía sin elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/rating.py" line="83"/>
        <source>Picked %1 of 5.</source>
        <translation>Elegiste %1 de 5.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/rating.py" line="84"/>
        <source>Press a number from 1 to 5.</source>
        <translation>Oprime un número del 1 al 5.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="198"/>
        <location filename="../../ui/recovery.py" line="207"/>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="209"/>
        <source>Your old recovery code no longer works. This new one is shown only now. Keep it somewhere safe and private.</source>
        <translation>Tu código de recuperación anterior ya no funciona. El nuevo solo se muestra ahora. Guárdalo en un lugar seguro y privado.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="217"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../ui/recovery.py" line="53"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="57"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="58"/>
        <source>Copy recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="59"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="60"/>
        <location filename="../../ui/recovery.py" line="144"/>
        <source>Print recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="61"/>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="62"/>
        <source>Save recovery code to a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="69"/>
        <location filename="../../ui/recovery.py" line="70"/>
        <source>I have stored my recovery code safely</source>
        <translation>Ya guardé mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="95"/>
        <source>Copied. Paste it somewhere safe, such as a password manager. The clipboard is cleared in %1 seconds, and when the app locks.</source>
        <translation>Copiado. Pégalo en un lugar seguro, como un administrador de contraseñas. El portapapeles se borra en %1 segundos y cuando la app se bloquea.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="101"/>
        <source>Disclosure Helper recovery code</source>
        <translation>Código de recuperación de Disclosure Helper</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="102"/>
        <source>Keep this somewhere safe and private. With it, anyone who has your vault folder can open your vault.</source>
        <translation>Guárdalo en un lugar seguro y privado. Con él, cualquiera que tenga la carpeta de tu bóveda puede abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="104"/>
        <source>Made on %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="109"/>
        <source>Save recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="111"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="125"/>
        <source>Saved to %1. Keep that file somewhere safe, away from this computer if you can.</source>
        <translation>Guardado en %1. Guarda ese archivo en un lugar seguro, fuera de esta computadora si puedes.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="162"/>
        <source>Sent to the printer.</source>
        <translation>Se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="175"/>
        <source>The PDF could not be written. Please try again, or choose another folder.</source>
        <translation>No se pudo escribir el PDF. Inténtalo de nuevo o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="178"/>
        <source>Saved as a PDF in %1. Only you can open it on this computer; keep it somewhere safe, away from this computer if you can.</source>
        <translation>Guardado como PDF en %1. Solo tú puedes abrirlo en esta computadora. Guárdalo en un lugar seguro, fuera de esta computadora si puedes.</translation>
    </message>
</context>
<context>
    <name>RememberOnDevice</name>
    <message>
        <location filename="../../ui/widgets/remember.py" line="24"/>
        <location filename="../../ui/widgets/remember.py" line="25"/>
        <source>Remember on this device</source>
        <translation>Recordarme en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remember.py" line="27"/>
        <source>Opens without your passphrase on this computer account, using its secure password store; anyone who can use this account could open it too.</source>
        <translation>Se abre sin tu frase de contraseña en esta cuenta de la computadora, con su almacén seguro de contraseñas. Cualquiera que use esta cuenta también podría abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remember.py" line="48"/>
        <source>This device has no secure password store, so the app cannot remember you here. You will open it with your passphrase.</source>
        <translation>Este dispositivo no tiene un almacén seguro de contraseñas, así que la app no puede recordarte aquí. La abrirás con tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>RepeatAnswer</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="739"/>
        <source>This comes up once you have made a choice above.</source>
        <translation>Esto aparece cuando elijas algo arriba.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore.py" line="43"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="44"/>
        <source>A backup is restored into an empty folder, so nothing you have now is overwritten. You will need the passphrase that was in use when the backup was made.</source>
        <translation>La copia se restaura en una carpeta vacía, así que no se sobrescribe nada de lo que tienes ahora. Necesitarás la frase de contraseña que tenías cuando se hizo la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="59"/>
        <source>Backup file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="60"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no elegiste un archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="61"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="62"/>
        <source>Choose backup file</source>
        <translation>Elegir el archivo de la copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="65"/>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="67"/>
        <source>No folder chosen yet.</source>
        <translation>Todavía no elegiste una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="70"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="71"/>
        <source>Choose folder to restore into</source>
        <translation>Elegir la carpeta donde restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="77"/>
        <location filename="../../ui/restore.py" line="78"/>
        <source>Passphrase for this backup</source>
        <translation>Frase de contraseña de esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="85"/>
        <source>Restore and check</source>
        <translation>Restaurar y revisar</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="90"/>
        <source>Choose a backup file</source>
        <translation>Elige un archivo de copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="100"/>
        <source>Choose an empty folder</source>
        <translation>Elige una carpeta vacía</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="108"/>
        <location filename="../../ui/restore.py" line="123"/>
        <source>That folder already holds a vault, so nothing will be restored there. Please choose an empty folder.</source>
        <translation>Esa carpeta ya tiene una bóveda, así que no se restaurará nada ahí. Elige una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="117"/>
        <source>Please choose the backup file first.</source>
        <translation>Primero elige el archivo de la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="120"/>
        <source>Please choose an empty folder to restore into.</source>
        <translation>Elige una carpeta vacía donde restaurar.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="128"/>
        <source>Please type the passphrase for this backup.</source>
        <translation>Escribe la frase de contraseña de esta copia.</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="143"/>
        <source>Restoring and checking the backup…</source>
        <translation>Restaurando y revisando la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/restore.py" line="154"/>
        <source>The backup could not be restored. Nothing has been changed.</source>
        <translation>No se pudo restaurar la copia. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <location filename="../../ui/adjustments/page.py" line="219"/>
        <source>A session together was interrupted</source>
        <translation>Se interrumpió una sesión en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="220"/>
        <source>The app locked while you were looking at this with someone. Nothing from that session has been kept yet. You can carry on where you left off, or let it go.</source>
        <translation>La app se bloqueó mientras mirabas esto con alguien. Todavía no se guardó nada de esa sesión. Puedes seguir donde la dejaste, o dejarla ir.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="226"/>
        <source>Carry on together</source>
        <translation>Seguir en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="229"/>
        <source>Let it go</source>
        <translation>Dejarla ir</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/page.py" line="230"/>
        <source>Let the interrupted session go</source>
        <translation>Dejar ir la sesión interrumpida</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="360"/>
        <source>Look at it again</source>
        <translation>Volver a mirarlo</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="360"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="369"/>
        <source>Anything to note (optional)</source>
        <translation>Algo para anotar (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="371"/>
        <location filename="../../ui/adjustments/dialogs.py" line="374"/>
        <source>Look at it again on</source>
        <translation>Volver a mirarlo el</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="375"/>
        <source>Suggested: six months from today. Change it to whatever suits you.</source>
        <translation>Sugerencia: dentro de seis meses. Puedes poner la fecha que te venga mejor.</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../../ui/decisions/panels.py" line="160"/>
        <source>Rights where you live</source>
        <translation>Derechos donde vives</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="162"/>
        <source>A short summary of what the rules say, kept on this device. It is here to help you weigh things up, not to tell you what to do.</source>
        <translation>Un resumen breve de lo que dicen las reglas, guardado en este dispositivo. Está aquí para ayudarte a pensar, no para decirte qué hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="169"/>
        <source>Which place&apos;s rights to show</source>
        <translation>De qué lugar mostrar los derechos</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="170"/>
        <source>Show the card for:</source>
        <translation>Mostrar la tarjeta de:</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="214"/>
        <source>How this card was checked</source>
        <translation>Cómo se revisó esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="216"/>
        <source>Checked by: %1</source>
        <translation>Revisada por: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="220"/>
        <source>About this content</source>
        <translation>Sobre este contenido</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="223"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="225"/>
        <source>The app never goes online. You can look these up yourself if you want to read more.</source>
        <translation>La app nunca se conecta a internet. Si quieres leer más, puedes buscar estas fuentes por tu cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="239"/>
        <source>Last reviewed: %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="240"/>
        <source>Last reviewed: %1. Next review due: %2.</source>
        <translation>Última revisión: %1. Próxima revisión: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="252"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="252"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <location filename="../../ui/widgets/save_copy.py" line="32"/>
        <location filename="../../ui/widgets/save_copy.py" line="69"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/save_copy.py" line="39"/>
        <source>Puts what is on screen in a file, in a folder you choose. The file is not encrypted.</source>
        <translation>Pone lo que ves en pantalla en un archivo, en la carpeta que elijas. El archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/save_copy.py" line="58"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/save_copy.py" line="60"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/save_copy.py" line="73"/>
        <source>A copy is saved in %1. It is a PDF, not encrypted, so keep it somewhere private. Your words are still here too.</source>
        <translation>Se guardó una copia en %1. Es un PDF sin cifrar, así que guárdalo en un lugar privado. Tus palabras también siguen aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/save_copy.py" line="76"/>
        <source>A copy is saved in %1. It is a plain file, not encrypted, so keep it somewhere private. Your words are still here too.</source>
        <translation>Se guardó una copia en %1. Es un archivo sin cifrar, así que guárdalo en un lugar privado. Tus palabras también siguen aquí.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/journal/search.py" line="29"/>
        <source>Search everything you have written</source>
        <translation>Buscar en todo lo que escribiste</translation>
    </message>
    <message>
        <location filename="../../ui/journal/search.py" line="30"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/search.py" line="32"/>
        <source>Results appear below as you type. Press Escape to clear.</source>
        <translation>Los resultados aparecen abajo mientras escribes. Oprime Escape para borrar.</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <location filename="../../ui/widgets/accessible.py" line="49"/>
        <source>Hidden. Empty.</source>
        <translation>Oculto. Vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accessible.py" line="51"/>
        <source>Hidden. 1 character typed.</source>
        <translation>Oculto. 1 carácter escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accessible.py" line="52"/>
        <source>Hidden. %1 characters typed.</source>
        <translation>Oculto. %1 caracteres escritos.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="107"/>
        <source>Privacy and locking</source>
        <translation>Privacidad y bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="193"/>
        <source>Where you live</source>
        <translation>Dónde vives</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="193"/>
        <source>This chooses the support line shown on Home, in the journal and in Together mode. It stays inside your vault.</source>
        <translation>Esto elige la línea de apoyo que se muestra en Inicio, en el diario y en el modo Juntos. Se guarda dentro de tu bóveda.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="228"/>
        <source>About the guidance and rights cards</source>
        <translation>Sobre la orientación y las tarjetas de derechos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="229"/>
        <source>Who wrote the words in this app, how they were checked, and how they are kept up to date.</source>
        <translation>Quién escribió las palabras de esta app, cómo se revisaron y cómo se mantienen al día.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="244"/>
        <source>Look and text size</source>
        <translation>Apariencia y tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="351"/>
        <source>Passphrase and recovery code</source>
        <translation>Frase de contraseña y código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="351"/>
        <source>Change your passphrase whenever you like. A new recovery code replaces the old one, which then stops working.</source>
        <translation>Cambia tu frase de contraseña cuando quieras. Un código de recuperación nuevo reemplaza al anterior, que deja de funcionar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="366"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="366"/>
        <source>A backup is one encrypted file. It opens only with your passphrase or recovery code, so you can keep it on a USB stick or another drive.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado. Solo se abre con tu frase de contraseña o tu código de recuperación, así que puedes guardarla en una memoria USB u otra unidad.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="418"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="462"/>
        <source>You opened the vault with your recovery code. If you have forgotten your passphrase, you can choose a new one now.</source>
        <translation>Abriste la bóveda con tu código de recuperación. Si olvidaste tu frase de contraseña, puedes elegir una nueva ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="465"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="478"/>
        <source>Done. Your passphrase is now protected more strongly; it opens the vault just as before.</source>
        <translation>Listo. Tu frase de contraseña ahora está mejor protegida y abre la bóveda igual que antes.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="486"/>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation>Tu frase de contraseña cambió. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="492"/>
        <source>Make a new recovery code?</source>
        <translation>¿Crear un nuevo código de recuperación?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="493"/>
        <source>Your current recovery code will stop working. The new one is shown only once, so have a safe place ready for it.</source>
        <translation>Tu código de recuperación actual dejará de funcionar. El nuevo se muestra una sola vez, así que ten listo un lugar seguro para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="503"/>
        <source>Making a new recovery code…</source>
        <translation>Creando un nuevo código de recuperación…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="516"/>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="529"/>
        <source>Making your backup and checking it…</source>
        <translation>Haciendo tu copia de seguridad y revisándola…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="536"/>
        <source>Backup saved and checked: %1</source>
        <translation>Copia guardada y revisada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="545"/>
        <source>The backup was restored into %1 and checked. Your current vault has not been changed. To use the restored copy, start Disclosure Helper with that folder: disclosure-helper --data-dir &quot;%1&quot;</source>
        <translation>La copia se restauró en %1 y se revisó. Tu bóveda actual no cambió. Para usar la copia restaurada, abre Disclosure Helper con esa carpeta: disclosure-helper --data-dir &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="557"/>
        <source>That did not work. Nothing has been changed.</source>
        <translation>Eso no funcionó. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="293"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="81"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="89"/>
        <source>Anywhere in the app</source>
        <translation>En cualquier parte de la app</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <location filename="../../ui/shortcuts.py" line="91"/>
        <source>Hide now: lock straight away</source>
        <translation>Ocultar ahora: bloquear de inmediato</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="92"/>
        <source>Escape twice</source>
        <translation>Escape dos veces</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="93"/>
        <source>Show this list of shortcuts (in Together mode, F1 shows the guidance instead)</source>
        <translation>Mostrar esta lista de atajos (en el modo Juntos, F1 muestra la guía)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o anterior</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="98"/>
        <source>Press the focused button</source>
        <translation>Oprimir el botón seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="99"/>
        <source>Enter or Space</source>
        <translation>Enter o Espacio</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="101"/>
        <source>Moving between sections</source>
        <translation>Moverse entre secciones</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="102"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Write a new entry</source>
        <translation>Escribir una entrada nueva</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <source>Search your entries</source>
        <translation>Buscar en tus entradas</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>Save the entry</source>
        <translation>Guardar la entrada</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="106"/>
        <source>Open the chosen entry</source>
        <translation>Abrir la entrada elegida</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="107"/>
        <source>Enter (in the list)</source>
        <translation>Enter (en la lista)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="108"/>
        <source>Move the chosen entries to the bin</source>
        <translation>Mover las entradas elegidas a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="109"/>
        <source>Delete (in the list)</source>
        <translation>Supr (en la lista)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="111"/>
        <source>Escape (in the search box)</source>
        <translation>Escape (en el cuadro de búsqueda)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="112"/>
        <source>Pick a rating</source>
        <translation>Elegir un número</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <source>1 to 5, or the arrow keys</source>
        <translation>Del 1 al 5, o las flechas</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="114"/>
        <source>Clear a rating</source>
        <translation>Borrar un número</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>Delete, Backspace or 0</source>
        <translation>Supr, Retroceso o 0</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="117"/>
        <source>Together mode</source>
        <translation>Modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="118"/>
        <source>Pause, and continue again</source>
        <translation>Pausar y continuar</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120"/>
        <source>Show or hide the guidance for the supporter</source>
        <translation>Mostrar u ocultar la guía para quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="122"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="123"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="124"/>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help/shortcuts_sheet.py" line="20"/>
        <location filename="../../ui/help/shortcuts_sheet.py" line="27"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/help/shortcuts_sheet.py" line="29"/>
        <source>Everything in the app works from the keyboard. These keys save a few steps.</source>
        <translation>Todo en la app funciona con el teclado. Estas teclas te ahorran algunos pasos.</translation>
    </message>
    <message>
        <location filename="../../ui/help/shortcuts_sheet.py" line="42"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../ui/help/shortcuts_sheet.py" line="60"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="315"/>
        <source>Pages of this plan</source>
        <translation>Páginas de este plan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="401"/>
        <source>%1, has answers</source>
        <translation>%1, tiene respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="405"/>
        <source>%1 of %2 pages have answers</source>
        <translation>%1 de %2 páginas tienen respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="460"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="462"/>
        <source>Next page: %1</source>
        <translation>Página siguiente: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="75"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="76"/>
        <source>Back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="78"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="79"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="136"/>
        <source>What matters to you</source>
        <translation>Lo que te importa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="146"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/step_editor.py" line="147"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/widgets/strength.py" line="29"/>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/strength.py" line="69"/>
        <source>Use at least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>Usa al menos %n carácter. Unas palabras sin relación entre sí funcionan bien.</numerusform>
            <numerusform>Usa al menos %n caracteres. Unas palabras sin relación entre sí funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="72"/>
        <source>Very easy to guess.</source>
        <translation>Muy fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="73"/>
        <source>Easy to guess.</source>
        <translation>Fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="74"/>
        <source>Could be guessed with some effort.</source>
        <translation>Se podría adivinar con algo de esfuerzo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="75"/>
        <source>Hard to guess. Good.</source>
        <translation>Difícil de adivinar. Bien.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="76"/>
        <source>Very hard to guess. Great.</source>
        <translation>Muy difícil de adivinar. Excelente.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="79"/>
        <source>Try adding another word or two that don&apos;t belong together.</source>
        <translation>Prueba agregar una o dos palabras que no tengan que ver entre sí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/strength.py" line="87"/>
        <source>Choose something long that only you would think of.</source>
        <translation>Elige algo largo que solo a ti se te ocurriría.</translation>
    </message>
</context>
<context>
    <name>StrengthenDialog</name>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="113"/>
        <source>Strengthen your passphrase&apos;s protection</source>
        <translation>Reforzar la protección de tu frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="114"/>
        <source>Your passphrase stays the same. The app works it into the key more thoroughly, which makes guessing it much slower for anyone who copies your vault. Unlocking takes about a second on this computer.</source>
        <translation>Tu frase de contraseña no cambia. La app la convierte en la clave con más cuidado, y así adivinarla es mucho más lento para quien copie tu bóveda. Desbloquear toma cerca de un segundo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="119"/>
        <location filename="../../ui/settings/passphrase.py" line="120"/>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="122"/>
        <source>Strengthen</source>
        <translation>Reforzar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="134"/>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="136"/>
        <source>Strengthening…</source>
        <translation>Reforzando…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="148"/>
        <source>That did not work. Nothing has been changed.</source>
        <translation>Eso no funcionó. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>SupportLine</name>
    <message>
        <location filename="../../ui/widgets/support.py" line="76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SureCard</name>
    <message>
        <location filename="../../ui/decisions/panels.py" line="106"/>
        <source>Keep this check</source>
        <translation>Guardar este test</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="109"/>
        <source>Save your answers with today&apos;s date. Next time, you can see what changed.</source>
        <translation>Guarda tus respuestas con la fecha de hoy. La próxima vez, podrás ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="113"/>
        <source>Save this check</source>
        <translation>Guardar este test</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="114"/>
        <source>Save this SURE check with today&apos;s date</source>
        <translation>Guardar este test SURE con la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="133"/>
        <source>Your checks so far</source>
        <translation>Tus tests hasta ahora</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/panels.py" line="139"/>
        <source>%1: %2 of 4 yes</source>
        <translation>%1: %2 de 4 sí</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../ui/journal/page.py" line="82"/>
        <location filename="../../ui/journal/page.py" line="83"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="85"/>
        <source>What would you like to write?</source>
        <translation>¿Qué te gustaría escribir?</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="86"/>
        <source>Pick a starting point. Every question is optional, and you can change the date later.</source>
        <translation>Elige un punto de partida. Todas las preguntas son opcionales, y puedes cambiar la fecha después.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/page.py" line="91"/>
        <source>%1 (your template)</source>
        <translation>%1 (tu plantilla)</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="511"/>
        <source>Some ways to begin:</source>
        <translation>Algunas formas de empezar:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="543"/>
        <source>Begin with: %1</source>
        <translation>Empezar con: %1</translation>
    </message>
</context>
<context>
    <name>TogetherPage</name>
    <message>
        <location filename="../../ui/together/page.py" line="72"/>
        <source>Delete these notes?</source>
        <translation>¿Borrar estas notas?</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="73"/>
        <source>Delete these supporter&apos;s notes? This cannot be undone.</source>
        <translation>¿Borrar estas notas de quien te acompañó? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="75"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="77"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="113"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="119"/>
        <source>Think through a plan together</source>
        <translation>Pensar un plan en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="123"/>
        <source>Your plans</source>
        <translation>Tus planes</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="128"/>
        <source>You have no plans yet. You can start one in Decisions, or just explore below.</source>
        <translation>Todavía no tienes planes. Puedes empezar uno en Decisiones, o solo explorar aquí abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="132"/>
        <source>Continue with this &amp;plan</source>
        <translation>Seguir con este &amp;plan</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="134"/>
        <source>Go to Decisions</source>
        <translation>Ir a Decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="142"/>
        <location filename="../../ui/together/page.py" line="305"/>
        <location filename="../../ui/together/page.py" line="502"/>
        <source>Just exploring</source>
        <translation>Solo explorando</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="143"/>
        <source>&amp;Just explore</source>
        <translation>Solo &amp;explorar</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="147"/>
        <source>My adjustments</source>
        <translation>Mis ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="148"/>
        <source>Look at what helps you work, and where each change stands, with someone beside you. Nothing is kept unless you choose to keep it at the end.</source>
        <translation>Mira lo que te ayuda a trabajar, y cómo va cada cambio, con alguien a tu lado. No se guarda nada, a menos que elijas guardarlo al final.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="151"/>
        <source>Look at My adjustments together</source>
        <translation>Mirar Mis ajustes en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="163"/>
        <source>A session was paused when the app locked</source>
        <translation>Una sesión quedó en pausa cuando la app se bloqueó</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="168"/>
        <source>&amp;Carry on with that session</source>
        <translation>&amp;Retomar esa sesión</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="170"/>
        <source>Let it go</source>
        <translation>Dejarla ir</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="172"/>
        <source>Let that session go; nothing from it is kept</source>
        <translation>Dejar ir esa sesión; no se guarda nada de ella</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="182"/>
        <source>Together mode settings</source>
        <translation>Opciones del modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="185"/>
        <location filename="../../ui/together/page.py" line="193"/>
        <source>Text size in Together mode</source>
        <translation>Tamaño del texto en el modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="186"/>
        <source>Large text is easier to read from across a table.</source>
        <translation>La letra grande se lee mejor desde el otro lado de una mesa.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="188"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="190"/>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="196"/>
        <source>&amp;Lock the app when Together mode ends</source>
        <translation>&amp;Bloquear la app al terminar el modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="197"/>
        <source>Lock the app when Together mode ends</source>
        <translation>Bloquear la app al terminar el modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="201"/>
        <source>Locking at the end means nothing else is open if you step away. You unlock again with your passphrase.</source>
        <translation>Si se bloquea al final, no queda nada abierto cuando te alejas. Vuelves a desbloquear con tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="206"/>
        <source>Supporter&apos;s notes you kept</source>
        <translation>Notas de quien te acompañó que guardaste</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="210"/>
        <location filename="../../ui/together/page.py" line="472"/>
        <source>Show kept notes</source>
        <translation>Mostrar las notas guardadas</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="233"/>
        <source>&amp;Start Together mode</source>
        <translation>&amp;Iniciar el modo Juntos</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="235"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="236"/>
        <source>Not now, go back</source>
        <translation>Ahora no, volver</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="258"/>
        <source>The app locked during a Together session, and the session could not be kept: the vault could not be written to. Nothing else was changed.</source>
        <translation>La app se bloqueó durante una sesión del modo Juntos y la sesión no se pudo guardar: no se pudo escribir en la bóveda. No cambió nada más.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="310"/>
        <source>one changed answer</source>
        <translation>una respuesta cambiada</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="311"/>
        <source>%1 changed answers</source>
        <translation>%1 respuestas cambiadas</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="313"/>
        <source>the supporter&apos;s notes</source>
        <translation>las notas de quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="315"/>
        <source>The session on “%1” was kept safely in your vault, with %2. Nothing from it has been saved to the plan yet. You can carry on where you left off, or let it go.</source>
        <translation>La sesión sobre “%1” se guardó a salvo en tu bóveda, con %2. Todavía no se pasó nada al plan. Puedes seguir donde la dejaste, o dejarla ir.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="317"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="341"/>
        <source>That session was let go. Nothing from it was kept.</source>
        <translation>Esa sesión se dejó ir. No se guardó nada de ella.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="438"/>
        <source>None yet. When you keep a supporter&apos;s notes, they are listed here.</source>
        <translation>Todavía no hay. Cuando guardes las notas de quien te acompaña, aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="440"/>
        <source>Notes from one session.</source>
        <translation>Notas de una sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="441"/>
        <source>Notes from %1 sessions.</source>
        <translation>Notas de %1 sesiones.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="456"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="459"/>
        <source>Delete these notes</source>
        <translation>Borrar estas notas</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="461"/>
        <source>Delete the notes from %1</source>
        <translation>Borrar las notas del %1</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="471"/>
        <source>Hide kept notes</source>
        <translation>Ocultar las notas guardadas</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="569"/>
        <source>Kept: your changes and their notes.</source>
        <translation>Se guardaron tus cambios y sus notas.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="570"/>
        <source>Kept: your changes. Their notes were let go.</source>
        <translation>Se guardaron tus cambios. Sus notas se dejaron ir.</translation>
    </message>
    <message>
        <location filename="../../ui/together/page.py" line="571"/>
        <source>Nothing from that session was kept.</source>
        <translation>No se guardó nada de esa sesión.</translation>
    </message>
</context>
<context>
    <name>TogetherStartDialog</name>
    <message>
        <location filename="../../ui/adjustments/together.py" line="53"/>
        <source>Look at it together</source>
        <translation>Mirarlo en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="60"/>
        <source>Look at My adjustments together</source>
        <translation>Mirar Mis ajustes en compañía</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="62"/>
        <source>Your adjustments show in large text for you and the person beside you. Nothing is kept unless you choose to keep it at the end.</source>
        <translation>Tus ajustes se muestran con letra grande para ti y la persona a tu lado. No se guarda nada, a menos que elijas guardarlo al final.</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="64"/>
        <source>Which of your own words to show:</source>
        <translation>Qué mostrar de lo que escribiste:</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="68"/>
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="73"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="74"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/adjustments/together.py" line="75"/>
        <source>Start looking at it together</source>
        <translation>Empezar a mirarlo en compañía</translation>
    </message>
</context>
<context>
    <name>TogetherView</name>
    <message>
        <location filename="../../ui/together/view.py" line="195"/>
        <source>Just exploring</source>
        <translation>Solo explorando</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="202"/>
        <source>Nothing here is kept until you choose at the end.</source>
        <translation>Nada se guarda hasta que elijas al final.</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="214"/>
        <source>&amp;Page:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="220"/>
        <source>Page of this plan</source>
        <translation>Página de este plan</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="221"/>
        <source>Alt+Right and Alt+Left move between pages.</source>
        <translation>Alt+Derecha y Alt+Izquierda cambian de página.</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="227"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="228"/>
        <source>Pause and clear the screen</source>
        <translation>Pausar y despejar la pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="229"/>
        <source>Clear the screen until you are ready (%1)</source>
        <translation>Despejar la pantalla hasta que quieras seguir (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="233"/>
        <location filename="../../ui/together/view.py" line="353"/>
        <source>Hide guidance</source>
        <translation>Ocultar la guía</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="234"/>
        <source>Show or hide the guidance for the supporter</source>
        <translation>Mostrar u ocultar la guía para quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="235"/>
        <source>Guidance for the supporter (%1)</source>
        <translation>Guía para quien acompaña (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="241"/>
        <source>End session…</source>
        <translation>Terminar la sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="242"/>
        <source>End the session and choose what to keep</source>
        <translation>Terminar la sesión y elegir qué guardar</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="243"/>
        <source>See what changed and choose what to keep (%1)</source>
        <translation>Ver qué cambió y elegir qué guardar (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="252"/>
        <source>Supporter&apos;s notes</source>
        <translation>Notas de quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="255"/>
        <source>In their own words. Kept only if you agree at the end.</source>
        <translation>Con sus palabras. Solo se guardan si aceptas al final.</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="258"/>
        <source>For the supporter to write in</source>
        <translation>Para que escriba quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="260"/>
        <source>Supporter&apos;s notes, in their own words; kept only if you agree</source>
        <translation>Notas de quien acompaña, con sus palabras; solo se guardan si aceptas</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="354"/>
        <source>Show guidance</source>
        <translation>Mostrar la guía</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="366"/>
        <source>That is more than can be kept (%1 characters). Nothing is lost; please shorten it a little.</source>
        <translation>Es más de lo que se puede guardar (%1 caracteres). No se pierde nada; acórtalo un poco.</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="454"/>
        <source>The supporter&apos;s notes</source>
        <translation>Las notas de quien acompaña</translation>
    </message>
    <message>
        <location filename="../../ui/together/view.py" line="457"/>
        <source>Save a copy of this session</source>
        <translation>Guardar una copia de esta sesión</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../ui/journal/trash.py" line="32"/>
        <location filename="../../ui/journal/trash.py" line="33"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="35"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="36"/>
        <source>Entries you delete wait here. You can bring them back at any time, until you empty the trash.</source>
        <translation>Las entradas que borras esperan aquí. Puedes recuperarlas cuando quieras, hasta que vacíes la papelera.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="43"/>
        <source>Entries in the trash</source>
        <translation>Entradas en la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="48"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="52"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="53"/>
        <source>Restore the selected entries</source>
        <translation>Recuperar las entradas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="54"/>
        <source>Delete for good…</source>
        <translation>Borrar para siempre…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="56"/>
        <source>Delete the selected entries for good</source>
        <translation>Borrar para siempre las entradas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="57"/>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="58"/>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="95"/>
        <source>Pick one or more entries to restore first.</source>
        <translation>Primero elige una o más entradas para recuperar.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="110"/>
        <source>Pick one or more entries first.</source>
        <translation>Primero elige una o más entradas.</translation>
    </message>
    <message>
        <location filename="../../ui/journal/trash.py" line="116"/>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/trash.py" line="105"/>
        <source>%n entries are back in your journal.</source>
        <translation>
            <numerusform>%n entrada volvió a tu diario.</numerusform>
            <numerusform>%n entradas volvieron a tu diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/trash.py" line="113"/>
        <source>Delete %n entries for good? They cannot be brought back, not even from here.</source>
        <translation>
            <numerusform>¿Borrar %n entrada para siempre? No se podrá recuperar, ni siquiera desde aquí.</numerusform>
            <numerusform>¿Borrar %n entradas para siempre? No se podrán recuperar, ni siquiera desde aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal/trash.py" line="126"/>
        <source>%n entries deleted for good.</source>
        <translation>
            <numerusform>%n entrada borrada para siempre.</numerusform>
            <numerusform>%n entradas borradas para siempre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock/screen.py" line="53"/>
        <source>Disclosure Helper</source>
        <translation>Disclosure Helper</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="55"/>
        <location filename="../../ui/unlock/screen.py" line="142"/>
        <source>Locked. Enter your passphrase to open.</source>
        <translation>Bloqueada. Escribe tu frase de contraseña para abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="66"/>
        <location filename="../../ui/unlock/screen.py" line="67"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="79"/>
        <location filename="../../ui/unlock/screen.py" line="84"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="90"/>
        <source>The code you saved when you set up the app. Spaces and dashes don&apos;t matter.</source>
        <translation>El código que guardaste cuando configuraste la app. Los espacios y guiones no importan.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="107"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="111"/>
        <location filename="../../ui/unlock/screen.py" line="146"/>
        <source>Use recovery code instead</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="141"/>
        <source>Locked. Enter your recovery code to open.</source>
        <translation>Bloqueada. Escribe tu código de recuperación para abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="145"/>
        <source>Use passphrase instead</source>
        <translation>Usar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="179"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="199"/>
        <source>Please type your recovery code.</source>
        <translation>Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="200"/>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/screen.py" line="229"/>
        <source>Something went wrong while opening. Nothing has been changed. Please try again.</source>
        <translation>Algo salió mal al abrir. No se cambió nada. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>_Calendar</name>
    <message>
        <location filename="../../ui/widgets/datefield.py" line="63"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>_ChoiceRow</name>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="316"/>
        <source>How much it matters:</source>
        <translation>Cuánto te importa:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="318"/>
        <location filename="../../ui/widgets/plan_steps/questions.py" line="324"/>
        <source>How much it matters: %1</source>
        <translation>Cuánto te importa: %1</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../ui/adjustments/dialogs.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
