<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo data (%1 messages)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo data: %1 of %2 messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln message(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln message to %1.</numerusform>
            <numerusform>Exported %Ln messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1: %2 of %Ln message(s)</source>
        <translation>
            <numerusform>Exporting to %1: %2 of %Ln message</numerusform>
            <numerusform>Exporting to %1: %2 of %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing into %1: %2 of %Ln message(s)</source>
        <translation>
            <numerusform>Syncing into %1: %2 of %Ln message</numerusform>
            <numerusform>Syncing into %1: %2 of %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing into %1: %Ln message(s)</source>
        <translation>
            <numerusform>Syncing into %1: %Ln message</numerusform>
            <numerusform>Syncing into %1: %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln message(s) of %1 into %2 (File → Open cache… reads it offline).</source>
        <translation>
            <numerusform>Synced %Ln message of %1 into %2 (File → Open cache… reads it offline).</numerusform>
            <numerusform>Synced %Ln messages of %1 into %2 (File → Open cache… reads it offline).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheExport</name>
    <message>
        <source>The cache file %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an SMS Log Viewer cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of SMS Log Viewer, which is needed to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cache %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot holds %1 rows instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to export to was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot replace the cache it reads from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to number containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from number containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text search (words withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows from the cache failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting messages failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache holds costs that are not whole numbers of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total cost is too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the cost report failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the filter choices failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the linked resources failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <source>The file is damaged or is not a database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not an SMS Log Viewer cache. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be reached (check the permissions of its folders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file (perhaps a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, so it holds no SMS logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with an SQLite header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite header gives an impossible page size (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses SQLite&apos;s write-ahead log, which SMS Log Viewer caches never do; opening it would add files next to it. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: its header promises %1 bytes, it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application_id is %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache was written by a newer version of SMS Log Viewer (format %1; this version reads format %2 and older). Update the application to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_version is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a %1 named &quot;%2&quot;; caches never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not the one of an SMS Log Viewer cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a %1 named &quot;%2&quot; that caches do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table or index &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables or indexes are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSync</name>
    <message>
        <source>The disk holding the cache %1 is full. Free some space and sync again: what was copied so far is kept, and the sync continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled; what it had copied is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be added to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSyncWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>The cache is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be flushed to disk (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be brought to the current format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record without an id cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to show and put them in order. Drag a header&apos;s edge to change its width; right-click the header for this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column, in the first order and widths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The server is OneUptime (it does not say which version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is OneUptime %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may read SMS logs, but its project has none on the server now (OneUptime&apos;s cloud keeps them for three days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server version records no delivery statuses or provider error codes; those filters will find nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection named &quot;%1&quot;. Saved connections: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key belongs to the project &quot;%1&quot; and may read its SMS logs: %Ln message(s) on the server now.</source>
        <translation>
            <numerusform>The key belongs to the project &quot;%1&quot; and may read its SMS logs: %Ln message on the server now.</numerusform>
            <numerusform>The key belongs to the project &quot;%1&quot; and may read its SMS logs: %Ln messages on the server now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to OneUptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved connection, or “New connection” to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cloud — Acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of your choice for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://oneuptime.com, or the address of your own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://oneuptime.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the OneUptime instance: https://oneuptime.com, or your own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A OneUptime project API key with the Read SMS Log permission. Stored in the system keyring, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Project Settings → API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. A PEM file, for a self-hosted server whose certificate comes from your own authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for a self-hosted server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of a self-hosted server, when the system does not trust it already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key needs the “Read SMS Log” permission. It is stored in the system keyring, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key storage notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and the API key without closing this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this saved connection and its stored API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved connection “%1” and its stored API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another saved connection is already called “%1”: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostBreakdownModel</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostReportModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total cost is too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days start at midnight UTC: the offset of %1 (UTC%2%3) is not a whole number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many days for one chart: shown by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many weeks for one chart: shown by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 of %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) without a time (%1) are in the totals and tables but in no bar.</source>
        <translation>
            <numerusform>%n message without a time (%1) is in the totals and tables but in no bar.</numerusform>
            <numerusform>%n messages without a time (%1) are in the totals and tables but in no bar.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the costs was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the costs was stopped. Refresh (F5) to add them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top recipients were stopped. Refresh (F5) to add them up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostSummary</name>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no error code)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most expensive &amp;recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most expensive recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per day, week (Monday to Sunday) or month; Auto chooses by the time range: up to %1 days by day, up to a year by week, else by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack bars by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart to a PNG image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the cost report again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and cost of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of failed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider charges for a message when it is sent, even when its delivery later fails (Undelivered, Failed, Error, Low Balance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most expensive recipients state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost view state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open. Open a cache file or connect to OneUptime to see what SMS cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the costs of the current filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Try again (or F5) once the problem is solved, or change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match these filters: nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or clear the filters to see costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs are added up when this view is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed messages: %1, %2 charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the cost of each recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients could not be added up: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), stacked by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to save: nothing has been charted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms-cost.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (by day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (by week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (by month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding up the costs of the current filter: %1 of %Ln message(s) read…</source>
        <translation>
            <numerusform>Adding up the costs of the current filter: %1 of %Ln message read…</numerusform>
            <numerusform>Adding up the costs of the current filter: %1 of %Ln messages read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), %1 in total</source>
        <translation>
            <numerusform>%Ln message, %1 in total</numerusform>
            <numerusform>%Ln messages, %1 in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), %2</source>
        <translation>
            <numerusform>%1: %Ln message, %2</numerusform>
            <numerusform>%1: %Ln messages, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All: %Ln message(s), %1</source>
        <translation>
            <numerusform>All: %Ln message, %1</numerusform>
            <numerusform>All: %Ln messages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardLinkActions</name>
    <message>
        <source>Open in &amp;OneUptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy OneUptime &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardLinkButtons</name>
    <message>
        <source>Open in OneUptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in OneUptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the OneUptime link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardLinks</name>
    <message>
        <source>The message names no project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users have no page of their own in OneUptime&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rules have no page of their own, and this message names no on-call policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS log page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rule (its on-call policy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The file %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cache could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Sent or delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: handed to the provider, no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not known to this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row of the table, or move through it with the arrow keys. Every field of the message is shown here and can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider message id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s SMS log page in OneUptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the provider says about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS log is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a list of delivery statuses; tick one or several to show only those messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages sent in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First minute of the time range, local time (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minute of the time range, local time (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages with exactly this provider error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter and show all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages whose recipient number contains these digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From number contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages whose sender number contains these digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SMS text and status message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages whose text or status message contains these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked resource kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of resource the message must be linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, name or #number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id, part of the name, or #number of the linked resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter input problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to correct before the filter is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status: %n selected</source>
        <translation>
            <numerusform>Status: %n selected</numerusform>
            <numerusform>Status: %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only messages with the chosen delivery statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing messages with status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number holds only digits, +, spaces, dashes and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryNavigator</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous filter (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the next filter (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The file could not be opened a second time to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobControls</name>
    <message>
        <source>&amp;Sync to a cache file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the s&amp;ync or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view, &amp;redacted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this project&apos;s SMS logs into a cache file, to keep them beyond the server&apos;s retention and read them offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages matching the filters, as CSV, JSON Lines or a snapshot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers masked but for their last four digits, SMS texts left out: for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync into a cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS log caches (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS log snapshot (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No system keyring is available: the API key is kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCandidate</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCandidatesButton</name>
    <message numerus="yes">
        <source>In %n projects</source>
        <translation>
            <numerusform>In %n projects</numerusform>
            <numerusform>In %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is a number in each of %n projects: the filter matches all of them. Choose one.</source>
        <translation>
            <numerusform>%1 is a number in each of %n projects: the filter matches all of them. Choose one.</numerusform>
            <numerusform>%1 is a number in each of %n projects: the filter matches all of them. Choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSession</name>
    <message>
        <source>No SMS log is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>SMS log messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to OneUptime…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading rows, counting and adding up totals; Refresh (F5) starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server for new messages every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, hide and order the table&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC instead of your local time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SMS Log Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SMS Log Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SMS Log Viewer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse, total and keep the SMS delivery logs of OneUptime.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This message is no longer on the server (OneUptime&apos;s cloud keeps SMS logs for three days). It is shown as it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS Log Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading failed: %1 Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SMS log cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS log caches (*.sqlite *.db *.smslog);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped. Refresh (F5) to load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Back (Alt+Left) returns to the previous filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneUptimeCall</name>
    <message>
        <source>The server&apos;s answer was larger than %1 and was not read. Check that the instance URL points at OneUptime itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down; trying again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1); trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneUptimeClient</name>
    <message>
        <source>The instance URL must start with https:// or http:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no TLS library, so https addresses cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key. Check that it was copied completely and has not expired (Project Settings → API Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request without a valid API key. Enter the project&apos;s API key in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s subscription is unpaid, so the server refuses to answer. A project owner can settle it under Project Settings → Billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key may not read SMS logs. Give it the &quot;Read SMS Log&quot; permission in Project Settings → API Keys (changes can take a minute to apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no OneUptime SMS log API at this address. Check the instance URL (for example https://oneuptime.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept answering &quot;too many requests&quot;. Wait a minute, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1) and kept failing after several tries. Try again later; its administrators can see the cause in the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects its API to another address, which the app does not follow (the API key is not sent there). Use the address it redirects to as the instance URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the instance URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the instance URL and that the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network, then refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. For a self-hosted server with its own certificate authority, choose its CA file in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request to another address; the API key was not sent there. Use the instance&apos;s own address as the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneUptimeParser</name>
    <message>
        <source>Response begins with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; value without &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error object in a successful response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page instead of SMS log data. Check that the instance URL points to a OneUptime server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read: it is not valid JSON or it was cut off. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response has an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unexpected value (%2) and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2) and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost (%1) is not a whole number of cents; it was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost is negative (%1 cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3._id&quot; (%4) differ; &quot;%1&quot; was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no id and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS log without a usable &quot;_id&quot; (%1) was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1] has no usable &quot;_id&quot; (%2) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response does not contain a list of SMS logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;data&quot; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is %1, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total count (%1) is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1] is not an object (%2) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS log %1 appears more than once in the page; only the first copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response does not contain a valid number of SMS logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;count&quot; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; is %1, not a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response does not contain a valid SMS log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneUptimeQuery</name>
    <message>
        <source>The server treats %1 and _ as wildcards in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the To number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server searches the SMS text only, not the status message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server searches for the text as typed (a part of a word matches), not word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server records no provider error codes; the error code filter matches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not record %1 links, so this filter matches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server finds %1 links by id only: paste the id (a name matches nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server finds %1 links by id, number or whole name: a name matches only as written in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneUptimeSource</name>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot sort by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs the server reported are too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5) to add them up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n cost(s) that are not a whole number of cents, so no exact total can be given.</source>
        <translation type="unfinished">
            <numerusform>The server sent %n cost that is not a whole number of cents, so no exact total can be given.</numerusform>
            <numerusform>The server sent %n costs that are not a whole number of cents, so no exact total can be given.</numerusform>
        </translation>
    </message>
    <message>
        <source>smsCostInUSDCents was text, a fraction or null in %1 of %2 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log changed on the server while the totals were added up. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server counted %1 messages but listed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s address is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pivot</name>
    <message>
        <source>Messages of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this on-call policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this escalation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with this error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with this status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Saved &amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (filters, sort and columns):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete a view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this incident, number, user, project, error code or status (the filter buttons beside the values of the detail pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab from the table, then Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsFilter</name>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which kind of linked resource to search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsLogSource</name>
    <message>
        <source>This source cannot add up costs for a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total cost is too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source does not say which OneUptime instance it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsLogSummary</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals were stopped before they were complete. Refresh (F5) to add them up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsLogTableModel</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has fewer messages than were counted; it changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 were asked for; %3 came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was stopped. Refresh (F5) to read the log again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row could not be read. Refresh (F5) to read the log again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted: the server cannot order by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted: the cache has no index for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteCacheSource</name>
    <message>
        <source>Cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot taken %1 (UTC), read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages, no filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted: phone numbers show their last four digits only and SMS texts are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data did not come from a OneUptime instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache does not say which OneUptime instance it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: made-up messages, people and numbers, not read from any OneUptime server. File → Connect to OneUptime… shows real ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting stopped (F5 counts again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages; the table shows the first %2, narrow the filter to see the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing totals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s): refresh to show</source>
        <translation type="unfinished">
            <numerusform>%n new message: refresh to show</numerusform>
            <numerusform>%n new messages: refresh to show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation type="unfinished">
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableArea</name>
    <message>
        <source>Table state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was stopped before the messages were counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS log is open.
Open a cache file, or look around in the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no SMS logs on the server yet. OneUptime&apos;s cloud keeps them for three days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache holds no SMS logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sorted: the server cannot order by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sorted: the cache has no index for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows with &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;ell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no rows to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row (1 to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu of the cell (copy, details, messages of this incident, number, user, project…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pivots of this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%n row copied.</numerusform>
            <numerusform>%n rows copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows as tab-separated text, times in ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows with &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;ell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are selected; at most %2 can be copied. Export the view (Ctrl+E) to take more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is not loaded yet; copy it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying… %1 of %Ln row(s) read</source>
        <translation>
            <numerusform>Copying… %1 of %Ln row read</numerusform>
            <numerusform>Copying… %1 of %Ln rows read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <source>Select the rows to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are selected; at most %2 can be copied. Export the view (Ctrl+E) to take more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table changed before the rows were copied. Copy them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be read, so nothing was copied. Refresh (F5) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPane</name>
    <message>
        <source>Cost by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message count of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals for the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals for the current filter&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open. Open a cache file (Ctrl+O), the demo data or a connection to OneUptime (Ctrl+Shift+O) to see totals here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message matches the filter. Change or clear the filters to see totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing totals for the new filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table and the detail still work. Press F5 to try again, or change the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding up the totals: %1 of %Ln message(s) read…</source>
        <translation>
            <numerusform>Adding up the totals: %1 of %Ln message read…</numerusform>
            <numerusform>Adding up the totals: %1 of %Ln messages read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowPanes</name>
    <message>
        <source>Messages and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and messages per day, week or month for the current filter (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed: the rows shown are as they were read before, and may be out of date. Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse OneUptime SMS delivery logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo data (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG once the first rows are shown, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse a OneUptime instance live, e.g. https://oneuptime.com. The API key is read from the environment variable SMSLOG_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved connection profile (File → Connect to OneUptime…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (View → Theme keeps a choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --screenshot renders: window, detail or costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMSLOG_API_KEY does not hold a usable API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache file to open (as --cache).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
