<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+42"/>
        <source>About Rightsize</source>
        <translation>Über Rightsize</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- Rightsize %1</source>
        <translation>- Rightsize %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Qt %1 (built with %2)</source>
        <translation>- Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- QCoro %1</source>
        <translation>- QCoro %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- SQLite %1</source>
        <translation>- SQLite %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Rightsize %1

Choose the right language model size with evidence.

## Versions

%2

## Where your data is kept

- Settings: `%3`
- Imported catalogs: `%4`
- Your edits of catalogs: `%5`
- History database: `%6`

Rightsize sends nothing anywhere: no telemetry, no update checks.

## Catalog in use

%7 (prices as of %8). %9

</source>
        <translation># Rightsize %1

Die richtige Größe des Sprachmodells wählen – mit Belegen.

## Versionen

%2

## Wo Ihre Daten liegen

- Einstellungen: `%3`
- Importierte Kataloge: `%4`
- Ihre Änderungen an Katalogen: `%5`
- Verlaufsdatenbank: `%6`

Rightsize sendet nichts irgendwohin: keine Telemetrie, keine Update-Prüfungen.

## Verwendeter Katalog

%7 (Preise vom %8). %9

</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../core/secrets/apikeystore.cpp" line="+33"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no keychain support</source>
        <translation>keine Schlüsselbund-Unterstützung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No keychain is available (%1): API keys are read from environment variables (RIGHTSIZE_KEY_&lt;ENDPOINT&gt;, OPENAI_API_KEY, ANTHROPIC_API_KEY).</source>
        <translation>Kein Schlüsselbund verfügbar (%1): API-Schlüssel werden aus Umgebungsvariablen gelesen (RIGHTSIZE_KEY_&lt;ENDPOINT&gt;, OPENAI_API_KEY, ANTHROPIC_API_KEY).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain service is not available</source>
        <translation>der Schlüsselbund-Dienst ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot store the key of endpoint %1 in the keychain: %2</source>
        <translation>Der Schlüssel von Endpunkt %1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot store the key of endpoint %1: no keychain is available (%2). Set the environment variable %3 instead.</source>
        <translation>Der Schlüssel von Endpunkt %1 kann nicht gespeichert werden: kein Schlüsselbund verfügbar (%2). Setzen Sie stattdessen die Umgebungsvariable %3.</translation>
    </message>
</context>
<context>
    <name>BreakEvenTableModel</name>
    <message>
        <location filename="../ui/models/breakeventablemodel.cpp" line="+22"/>
        <source>Choose two or more models.</source>
        <translation>Wählen Sie zwei oder mehr Modelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None between %1 and %2 requests/day: the cheaper option never changes.</source>
        <translation>Keine zwischen %1 und %2 Anfragen/Tag: Die günstigere Option ändert sich nie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A replica is added here and the costs swap order without meeting.</source>
        <translation>Hier kommt ein Replikat hinzu, und die Kosten tauschen die Reihenfolge, ohne sich zu treffen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests/day</source>
        <translation>Anfragen/Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../ui/models/candidatetablemodel.cpp" line="+36"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1B (%2B active)</source>
        <translation>%1 Mrd. (%2 Mrd. aktiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown (self-hosted)</source>
        <translation>unbekannt (selbst gehostet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (self-hosted)</source>
        <translation>%1 (selbst gehostet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API-equivalent: %1 a month on %2</source>
        <translation>API-Gegenwert: %1 im Monat mit %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>value pick</source>
        <translation>Preis-Leistungs-Wahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best quality</source>
        <translation>beste Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (id %2), catalog %3 of %4</source>
        <translation>%1 (ID %2), Katalog %3 vom %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixture of experts: %1B parameters in all, %2B active per token; the tier goes by the total, which is what has to be held in memory</source>
        <translation>Mixture of Experts: %1 Mrd. Parameter insgesamt, %2 Mrd. aktiv je Token; die Stufe richtet sich nach der Gesamtzahl, denn die muss im Speicher gehalten werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size not published</source>
        <translation>Größe nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 score for this model: no evidence</source>
        <translation>Kein %1-Wert für dieses Modell: kein Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, 95 % interval %3–%4 — source: %5, %6</source>
        <translation>%1: %2, 95-%-Intervall %3–%4 – Quelle: %5, %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 — source: %3, %4</source>
        <translation>%1: %2 – Quelle: %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-hosted, but no GPU price is known: give one in the Cost explorer</source>
        <translation>Selbst gehostet, aber kein GPU-Preis bekannt: Geben Sie einen im Kosten-Explorer an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosted around the clock — replicas: %1, price per GPU hour: %2</source>
        <translation>Rund um die Uhr selbst gehostet – Replikate: %1, Preis pro GPU-Stunde: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>Der Katalog nennt $0 für Ein- und Ausgabe: ein Platzhalter, der Preis ist also unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API: %1 per 1M input tokens, %2 per 1M output tokens</source>
        <translation>API: %1 pro 1 Mio. Eingabe-Tokens, %2 pro 1 Mio. Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (a month: GPU rental %2, power %3, hardware %4)</source>
        <translation>%1 (im Monat: GPU-Miete %2, Strom %3, Hardware %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The same traffic on %2, the cheapest comparable API: %3 a month</source>
        <translation>%1. Derselbe Verkehr über %2, die günstigste vergleichbare API: %3 im Monat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quality on %1</source>
        <translation>Qualität bei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By parameter count where it is published (mixtures of experts by their total); ~: guessed from the price band</source>
        <translation>Nach Parameterzahl, wo sie veröffentlicht ist (Mixture of Experts nach der Gesamtzahl); ~: aus dem Preisband geschätzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per request</source>
        <translation>Pro Anfrage</translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <location filename="../core/routing/cascade.cpp" line="+15"/>
        <source>The cascade has no levels.</source>
        <translation>Die Kaskade hat keine Ebenen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cascade&apos;s threshold %1 is outside 0–1.</source>
        <translation>Die Schwelle %1 der Kaskade liegt außerhalb von 0–1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the chat client is gone</source>
        <translation>der Chat-Client existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the call failed: %1</source>
        <translation>der Aufruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1 (%2): %3</source>
        <translation>Ebene %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No level of the cascade answered. %1</source>
        <translation>Keine Ebene der Kaskade hat geantwortet. %1</translation>
    </message>
</context>
<context>
    <name>CascadeCommand</name>
    <message>
        <location filename="../app/cascadecommand.cpp" line="+39"/>
        <source>--levels needs at least one endpoint name or KIND:MODEL@BASE_URL target</source>
        <translation>--levels braucht mindestens einen Endpunktnamen oder ein Ziel KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--assessor expects %1, not “%2”</source>
        <translation>--assessor erwartet %1, nicht „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--samples expects a whole number from 1 to 20</source>
        <translation>--samples erwartet eine ganze Zahl von 1 bis 20</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--regex is not a valid regular expression: %1</source>
        <translation>--regex ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Asks the cascade&apos;s levels smallest first and returns the first answer whose confidence reaches the threshold; if none does, the last answer. Reports each level&apos;s confidence, latency and cost, and what asking only the largest level would have cost. Levels, threshold, assessors and judge default to the routing configuration (threshold 0.8 when not configured; levels must be configured or given).</source>
        <translation>Fragt die Stufen der Kaskade von der kleinsten an und gibt die erste Antwort zurück, deren Konfidenz den Schwellenwert erreicht; erreicht keine ihn, die letzte. Meldet Konfidenz, Latenz und Kosten jeder Stufe und was es gekostet hätte, nur die größte Stufe zu fragen. Stufen, Schwellenwert, Bewerter und Richter kommen aus der Routing-Konfiguration (Schwellenwert 0,8, wenn nicht konfiguriert; Stufen müssen konfiguriert oder angegeben sein).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prompt.</source>
        <translation>Der Prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint names or KIND:MODEL@BASE_URL targets, smallest first, comma-separated.</source>
        <translation>Endpunktnamen oder Ziele KIND:MODEL@BASE_URL, kleinste zuerst, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept an answer whose confidence is at least this, 0–1 (default 0.8).</source>
        <translation>Eine Antwort annehmen, deren Konfidenz mindestens so hoch ist, 0–1 (Vorgabe 0.8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence source: logprob, consistency, validation or judge; repeat to take the mean of several (default logprob).</source>
        <translation>Quelle der Konfidenz: logprob, consistency, validation oder judge; wiederholen, um den Mittelwert mehrerer zu nehmen (Vorgabe logprob).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint name or target that grades answers for the judge assessor.</source>
        <translation>Der Endpunktname oder das Ziel, das für den Bewerter judge die Antworten bewertet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra samples for the consistency assessor (default 4).</source>
        <translation>Zusätzliche Stichproben für den Bewerter consistency (Vorgabe 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation assessor: the answer must contain a match.</source>
        <translation>Bewerter validation: Die Antwort muss einen Treffer enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation assessor: the answer must be a JSON object or array.</source>
        <translation>Bewerter validation: Die Antwort muss ein JSON-Objekt oder -Array sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation assessor: the answer must be a JSON object with this key; repeat for several.</source>
        <translation>Bewerter validation: Die Antwort muss ein JSON-Objekt mit diesem Schlüssel sein; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--prompt is required</source>
        <translation>--prompt ist erforderlich</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Level %1: asking %2…</source>
        <translation>Ebene %1: frage %2…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1: no confidence: %2</source>
        <translation>Ebene %1: keine Konfidenz: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered by level %1 (%2) with confidence %3 ≥ %4.</source>
        <translation>Beantwortet von Ebene %1 (%2) mit Konfidenz %3 ≥ %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No level reached the threshold %1; the answer of level %2 (%3) is returned.</source>
        <translation>Keine Ebene hat die Schwelle %1 erreicht; die Antwort von Ebene %2 (%3) wird geliefert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost %1; asking only the largest level: %2%3.</source>
        <translation>Kosten %1; nur die größte Ebene zu fragen: %2%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (estimated from this answer&apos;s tokens)</source>
        <translation> (geschätzt aus den Tokens dieser Antwort)</translation>
    </message>
</context>
<context>
    <name>CascadeLevelsModel</name>
    <message>
        <location filename="../ui/models/cascadelevelsmodel.cpp" line="+35"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>CascadeSimulationChart</name>
    <message>
        <location filename="../ui/charts/cascadesimulationchart.cpp" line="+70"/>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cascade: cost versus quality across thresholds</source>
        <translation>Kaskade: Kosten gegenüber Qualität über die Schwellen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Total cost of the %n prompt(s), USD</source>
        <translation>
            <numerusform>Gesamtkosten des %n Prompts, USD</numerusform>
            <numerusform>Gesamtkosten der %n Prompts, USD</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mean quality of the answers returned (0–1)</source>
        <translation>Mittlere Qualität der gelieferten Antworten (0–1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Thresholds swept</source>
        <translation>Durchlaufene Schwellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>always small</source>
        <translation>immer klein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>always large</source>
        <translation>immer groß</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Always small</source>
        <translation>Immer klein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always large</source>
        <translation>Immer groß</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cheapest at target: t = %1 (%2, %3)</source>
        <translation>Am günstigsten beim Ziel: t = %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Levels: %1.</source>
        <translation>Ebenen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer of these runs has a quality label (a vote or a thumb), so there is no quality to plot.</source>
        <translation>Keine Antwort dieser Läufe hat eine Qualitätsangabe (eine Stimme oder einen Daumen), daher gibt es keine Qualität zum Darstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Threshold %1&lt;/b&gt;&lt;br&gt;Cost %2 · quality %3 (%4 labelled)&lt;br&gt;Answered at: %5</source>
        <translation>&lt;b&gt;Schwelle %1&lt;/b&gt;&lt;br&gt;Kosten %2 · Qualität %3 (%4 bewertet)&lt;br&gt;Beantwortet auf: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>CascadeSimulationTableModel</name>
    <message>
        <location filename="../ui/models/cascadesimulationtablemodel.cpp" line="+16"/>
        <source>Always small</source>
        <translation>Immer klein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = %1–%2</source>
        <translation>t = %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ◀ target</source>
        <translation>%1 ◀ Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always large</source>
        <translation>Immer groß</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
</context>
<context>
    <name>CascadeSimulator</name>
    <message>
        <location filename="../core/routing/cascadesimulator.cpp" line="+127"/>
        <source>The threshold step %1 must lie above 0 and at most 1.</source>
        <translation>Die Schwellenschrittweite %1 muss größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no prompts to replay.</source>
        <translation>Es gibt keine Prompts zum Wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed prompt)</source>
        <translation>(unbenannter Prompt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt “%1” has no answers.</source>
        <translation>Prompt „%1“ hat keine Antworten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt “%1” has an answer at the negative level %2.</source>
        <translation>Prompt „%1“ hat eine Antwort auf der negativen Ebene %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt “%1” has two answers at level %2.</source>
        <translation>Prompt „%1“ hat zwei Antworten auf Ebene %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt “%1”, level %2: the confidence %3 is outside 0–1.</source>
        <translation>Prompt „%1“, Ebene %2: die Konfidenz %3 liegt außerhalb von 0–1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt “%1”, level %2: the quality %3 is outside 0–1.</source>
        <translation>Prompt „%1“, Ebene %2: die Qualität %3 liegt außerhalb von 0–1.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 (repeat %2)</source>
        <translation>%1 (Wiederholung %2)</translation>
    </message>
</context>
<context>
    <name>CascadeTab</name>
    <message>
        <location filename="../ui/pages/routing/cascadetab.cpp" line="+35"/>
        <source>Levels, smallest first</source>
        <translation>Ebenen, kleinste zuerst</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+88"/>
        <source>endpoint name or KIND:MODEL@BASE_URL</source>
        <translation>Endpunktname oder KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Add level</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the endpoint as the next larger level</source>
        <translation>Den Endpunkt als nächstgrößere Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An answer whose confidence reaches this is returned; below it the next level is asked (the article&apos;s default: 0.8)</source>
        <translation>Eine Antwort, deren Konfidenz diesen Wert erreicht, wird geliefert; darunter wird die nächste Ebene gefragt (Vorgabe aus dem Artikel: 0.8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence threshold:</source>
        <translation>Konfidenzschwelle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence from (several: their mean)</source>
        <translation>Konfidenz aus (bei mehreren: deren Mittelwert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log-probabilities (mean token probability)</source>
        <translation>Log-Wahrscheinlichkeiten (mittlere Token-Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-consistency (agreement of extra samples)</source>
        <translation>Selbstkonsistenz (Übereinstimmung zusätzlicher Stichproben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation (non-empty, pattern, JSON)</source>
        <translation>Validierung (nicht leer, Muster, JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge (a larger model grades 0–1)</source>
        <translation>Bewertungsmodell (ein größeres Modell bewertet mit 0–1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>samples: </source>
        <translation>Stichproben: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>temperature: </source>
        <translation>Temperatur: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer must contain a match (regular expression); optional</source>
        <translation>die Antwort muss einen Treffer enthalten (regulärer Ausdruck); optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer must be JSON</source>
        <translation>Die Antwort muss JSON sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required JSON keys, comma-separated; optional</source>
        <translation>erforderliche JSON-Schlüssel, durch Kommas getrennt; optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judge:</source>
        <translation>Bewertungsmodell:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cascade level %1</source>
        <translation>Kaskadenebene %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No levels yet: add configured endpoints, smallest first. Nothing is sent until you do.</source>
        <translation>Noch keine Stufen: Fügen Sie konfigurierte Endpunkte hinzu, den kleinsten zuerst. Bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One level only: every prompt is answered by it. Add a larger level to escalate to.</source>
        <translation>Nur eine Ebene: Sie beantwortet jeden Prompt. Fügen Sie eine größere Ebene hinzu, zu der eskaliert werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a level for the endpoint and the price it is charged at.</source>
        <translation>Zeigen Sie auf eine Ebene, um den Endpunkt und den dafür berechneten Preis zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The judge assessor needs a judge endpoint.</source>
        <translation>Der Bewerter judge braucht einen Endpunkt für das Bewertungsmodell.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The cascade needs at least one confidence source.</source>
        <translation>Die Kaskade braucht mindestens eine Quelle der Konfidenz.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the endpoint that grades the answers (usually a large model).</source>
        <translation>Wählen Sie den Endpunkt, der die Antworten bewertet (meist ein großes Modell).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Bewertungsmodell</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <location filename="../core/catalog/catalogdiff.cpp" line="+110"/>
        <source>matched: %1 · differ by more than %2 %: %3 · unpriced in one or both: %4 · only in A: %5 · only in B: %6</source>
        <translation>zugeordnet: %1 · weichen um mehr als %2 % ab: %3 · in einem oder beiden ohne Preis: %4 · nur in A: %5 · nur in B: %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added: %1 · removed: %2 · new prices: %3 · other changes: %4 · unchanged: %5</source>
        <translation>hinzugefügt: %1 · entfernt: %2 · neue Preise: %3 · andere Änderungen: %4 · unverändert: %5</translation>
    </message>
</context>
<context>
    <name>CatalogFetcher</name>
    <message>
        <location filename="../core/catalog/catalogfetcher.cpp" line="+57"/>
        <source>Cannot fetch the catalog from %1: this is not a valid address (expected e.g. https://…); change it in Settings.</source>
        <translation>Der Katalog kann nicht von %1 abgerufen werden: Dies ist keine gültige Adresse (erwartet z. B. https://…); ändern Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot fetch the catalog from %1: no network access is available.</source>
        <translation>Der Katalog kann nicht von %1 abgerufen werden: kein Netzwerkzugang verfügbar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot fetch the catalog from %1: the server answered HTTP %2 %3. Check the address in Settings.</source>
        <translation>Der Katalog kann nicht von %1 abgerufen werden: Der Server antwortete mit HTTP %2 %3. Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot fetch the catalog from %1: the server did not answer in time (timeout: %2 s). Are you offline?</source>
        <translation>Der Katalog kann nicht von %1 abgerufen werden: Der Server hat nicht rechtzeitig geantwortet (Zeitlimit: %2 s). Sind Sie offline?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot fetch the catalog from %1: %2. Are you offline? Check the connection, or change the address in Settings.</source>
        <translation>Der Katalog kann nicht von %1 abgerufen werden: %2. Sind Sie offline? Prüfen Sie die Verbindung oder ändern Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot fetch the catalog from %1: %2</source>
        <translation>Der Katalog kann nicht von %1 abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogFormat</name>
    <message>
        <location filename="../core/catalog/catalogformat.cpp" line="+37"/>
        <source>Cannot load catalog %1: %2</source>
        <translation>Katalog %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation>%1 Feld &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <location line="+304"/>
        <location line="+33"/>
        <source>required but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>expected a non-empty string</source>
        <translation>erwartet wurde eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>erwartet wurde eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a date in the form YYYY-MM-DD</source>
        <translation>erwartet wurde ein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number</source>
        <translation>erwartet wurde eine Zahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number ≥ 0</source>
        <translation>erwartet wurde eine Zahl ≥ 0</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+269"/>
        <source>expected a whole number greater than 0</source>
        <translation>erwartet wurde eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>expected true or false</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>expected a list of strings</source>
        <translation>erwartet wurde eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a list</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>benchmark &quot;%1&quot;</source>
        <translation>Benchmark &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benchmark #%1</source>
        <translation>Benchmark #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+27"/>
        <location line="+303"/>
        <location line="+15"/>
        <location line="+108"/>
        <location line="+124"/>
        <source>%1: expected an object</source>
        <translation>%1: erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location line="-596"/>
        <source>expected &quot;accuracy&quot; or &quot;rating&quot;</source>
        <translation>erwartet wurde &quot;accuracy&quot; oder &quot;rating&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <location line="+7"/>
        <source>expected a number greater than 0</source>
        <translation>erwartet wurde eine Zahl größer als 0</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>task &quot;%1&quot;</source>
        <translation>Aufgabe &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task #%1</source>
        <translation>Aufgabe #%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+427"/>
        <location line="+124"/>
        <source>model &quot;%1&quot;</source>
        <translation>Modell &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>model #%1</source>
        <translation>Modell #%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>more active parameters than parameters in all (&quot;parameters_b&quot;)</source>
        <translation>mehr aktive Parameter als Parameter insgesamt („parameters_b“)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected one of tiny, small, medium, large, frontier</source>
        <translation>erwartet wurde tiny, small, medium, large oder frontier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected one of parameters, price_band, score, unknown</source>
        <translation>erwartet: parameters, price_band, score oder unknown</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+36"/>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1 field &quot;%2&quot;: %3 USD per 1M tokens is out of range (at most %4)</source>
        <translation>%1 Feld „%2“: %3 USD pro 1 Mio. Tokens liegt außerhalb des Bereichs (höchstens %4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>models.dev prices: %1</source>
        <translation>models.dev-Preise: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text models imported from a models.dev api.json file, one entry per provider and model; each model is dated by its last update on models.dev; tiers come from the size the name states, else from the blended price band rule; a model without a cost, or with $0 outside local servers, has an unknown price.</source>
        <translation>Textmodelle aus einer api.json-Datei von models.dev, ein Eintrag je Anbieter und Modell; jedes Modell trägt das Datum seiner letzten Aktualisierung auf models.dev; Stufen ergeben sich aus der Größe im Namen, sonst aus der Regel der Mischpreisbänder; ein Modell ohne Kosten oder mit $0 außerhalb lokaler Server hat einen unbekannten Preis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>models.dev api.json (sst/models.dev, MIT)</source>
        <translation>models.dev api.json (sst/models.dev, MIT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>provider &quot;%1&quot;</source>
        <translation>Anbieter „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 field &quot;models&quot;: expected an object of models</source>
        <translation>%1 Feld „models“: erwartet wird ein Objekt mit Modellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a model has an empty name</source>
        <translation>%1: ein Modell hat einen leeren Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model &quot;%1/%2&quot;</source>
        <translation>Modell „%1/%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 field &quot;modalities&quot;: expected an object</source>
        <translation>%1 Feld „modalities“: erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 field &quot;limit&quot;: expected an object</source>
        <translation>%1 Feld „limit“: erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>models.dev: cached input costs $%1 per 1M tokens</source>
        <translation>models.dev: zwischengespeicherte Eingabe kostet $%1 pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 field &quot;cost&quot;: expected an object</source>
        <translation>%1 Feld „cost“: erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 field &quot;%2&quot;: expected a date in the form YYYY-MM-DD</source>
        <translation>%1 Feld „%2“: erwartet wird ein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>models.dev lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>models.dev nennt $0 für Eingabe und Ausgabe: ein Platzhalter, der Preis ist also unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models.dev lists no cost: the price is unknown</source>
        <translation>models.dev nennt keine Kosten: der Preis ist unbekannt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OpenRouter prices: %1</source>
        <translation>OpenRouter-Preise: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text models imported from OpenRouter&apos;s model list (/api/v1/models), priced as OpenRouter charges; tiers come from the size the name states, else from the blended price band rule; a variable price (-1) or $0 counts as unknown.</source>
        <translation>Textmodelle aus der Modellliste von OpenRouter (/api/v1/models), zu den Preisen von OpenRouter; Stufen ergeben sich aus der Größe im Namen, sonst aus der Regel der Mischpreisbänder; ein variabler Preis (-1) oder $0 gilt als unbekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenRouter /api/v1/models (openrouter.ai)</source>
        <translation>OpenRouter /api/v1/models (openrouter.ai)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: listed twice</source>
        <translation>%1: doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 field &quot;architecture&quot;: expected an object</source>
        <translation>%1 Feld „architecture“: erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 field &quot;pricing&quot;: required but missing</source>
        <translation>%1 Feld „pricing“: erforderlich, fehlt aber</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 field &quot;%2&quot;: expected a price per token such as &quot;0.000002&quot;</source>
        <translation>%1 Feld „%2“: erwartet wird ein Preis pro Token wie „0.000002“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>OpenRouter prices this router by the model it picks: the price is unknown</source>
        <translation>OpenRouter berechnet diesen Router nach dem Modell, das er wählt: der Preis ist unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenRouter lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>OpenRouter nennt $0 für Eingabe und Ausgabe: ein Platzhalter, der Preis ist also unbekannt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chat models imported from a LiteLLM model_prices_and_context_window.json file; tiers come from the size the name states (mixture-of-experts models by their total size), else from the blended price band rule; a $0 price outside local servers is a placeholder and counts as unknown.</source>
        <translation>Chat-Modelle aus einer LiteLLM-Datei model_prices_and_context_window.json; die Stufen kommen aus der Größe, die der Name nennt (Mixture-of-Experts-Modelle nach ihrer Gesamtgröße), sonst aus der Regel des gemischten Preisbands; ein Preis von $0 außerhalb lokaler Server ist ein Platzhalter und gilt als unbekannt.</translation>
    </message>
    <message>
        <location line="-542"/>
        <location line="+105"/>
        <location line="+95"/>
        <source>benchmark &quot;%1&quot; is not declared in &quot;benchmarks&quot;</source>
        <translation>Benchmark &quot;%1&quot; ist nicht in &quot;benchmarks&quot; deklariert</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>an interval needs both &quot;low&quot; and &quot;high&quot;</source>
        <translation>ein Intervall braucht „low“ und „high“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interval must contain the value (low ≤ value ≤ high)</source>
        <translation>das Intervall muss den Wert enthalten (low ≤ value ≤ high)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>unbekanntes Format &quot;%1&quot; (erwartet &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>version %1 is newer than this Rightsize can read (up to %2); update Rightsize</source>
        <translation>Version %1 ist neuer, als diese Rightsize-Version lesen kann (bis %2); aktualisieren Sie Rightsize</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>benchmark #%1 field &quot;id&quot;: duplicate id &quot;%2&quot;</source>
        <translation>Benchmark #%1 Feld &quot;id&quot;: doppelte ID &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+194"/>
        <source>model #%1 field &quot;id&quot;: duplicate id &quot;%2&quot;</source>
        <translation>Modell #%1 Feld &quot;id&quot;: doppelte ID &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>task #%1 field &quot;id&quot;: duplicate id &quot;%2&quot;</source>
        <translation>Aufgabe #%1 Feld &quot;id&quot;: doppelte ID &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>LiteLLM prices: %1</source>
        <translation>LiteLLM-Preise: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LiteLLM model_prices_and_context_window.json (BerriAI/litellm, MIT)</source>
        <translation>LiteLLM model_prices_and_context_window.json (BerriAI/litellm, MIT)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a model has an empty name</source>
        <translation>ein Modell hat einen leeren Namen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 field &quot;%2&quot;: expected a list of price tiers</source>
        <translation>%1 Feld „%2“: erwartet eine Liste von Preisstufen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>LiteLLM prices this model only in %n tier(s) by prompt length; imported at the first (prompts up to %1 tokens)</source>
        <translation>
            <numerusform>LiteLLM nennt für dieses Modell nur %n Preisstufe nach Prompt-Länge; übernommen zur ersten (Prompts bis %1 Token)</numerusform>
            <numerusform>LiteLLM nennt für dieses Modell nur %n Preisstufen nach Prompt-Länge; übernommen zur ersten (Prompts bis %1 Token)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LiteLLM prices this model only in %n tier(s) by prompt length; imported at the first</source>
        <translation>
            <numerusform>LiteLLM nennt für dieses Modell nur %n Preisstufe nach Prompt-Länge; übernommen zur ersten</numerusform>
            <numerusform>LiteLLM nennt für dieses Modell nur %n Preisstufen nach Prompt-Länge; übernommen zur ersten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+133"/>
        <source>%1 field &quot;%2&quot;: %3 USD per token is out of range (at most %4)</source>
        <translation>%1 Feld &quot;%2&quot;: %3 USD pro Token liegt außerhalb des zulässigen Bereichs (höchstens %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LiteLLM lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>LiteLLM nennt $0 für Ein- und Ausgabe: ein Platzhalter, der Preis ist also unbekannt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object at the top level</source>
        <translation>erwartet wurde ein JSON-Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Cannot read catalog %1: %2</source>
        <translation>Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogOverlay</name>
    <message>
        <location filename="../core/catalog/catalogoverlay.cpp" line="+27"/>
        <source>Cannot read your catalog edits %1: %2</source>
        <translation>Ihre Katalogänderungen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Rightsize catalog overlay</source>
        <translation>keine Rightsize-Katalogüberlagerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported; this Rightsize reads version %2</source>
        <translation>Version %1 wird nicht unterstützt; diese Rightsize-Version liest Version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;date&quot;: expected a date like 2026-07-24</source>
        <translation>Feld &quot;date&quot;: erwartet wurde ein Datum wie 2026-07-24</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;catalog&quot;: expected an object</source>
        <translation>Feld &quot;catalog&quot;: erwartet wurde ein Objekt</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../ui/pages/catalogpage.cpp" line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The catalog every page uses</source>
        <translation>Der Katalog, den alle Seiten verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Revert to original…</source>
        <translation>Auf Original &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your edits of this catalog and use it as bundled or imported</source>
        <translation>Ihre Änderungen an diesem Katalog verwerfen und ihn wie mitgeliefert oder importiert verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;atalog:</source>
        <translation>K&amp;atalog:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a model to this catalog</source>
        <translation>Diesem Katalog ein Modell hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected model&apos;s figures and their sources</source>
        <translation>Zeigt die Zahlen des ausgewählten Modells und ihre Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected model</source>
        <translation>Das ausgewählte Modell bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of the selected model</source>
        <translation>Eine Kopie des ausgewählten Modells hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected models from this catalog</source>
        <translation>Die ausgewählten Modelle aus diesem Katalog entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this catalog as a Rightsize catalog file</source>
        <translation>Diesen Katalog als Rightsize-Katalogdatei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update prices</source>
        <translation>&amp;Preise aktualisieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import a catalog file (Rightsize, LiteLLM, models.dev or OpenRouter format); you can also drop it on this page</source>
        <translation>Eine Katalogdatei importieren (Format von Rightsize, LiteLLM, models.dev oder OpenRouter); Sie können sie auch auf diese Seite ziehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetch current prices (LiteLLM, models.dev or OpenRouter format) and preview the changes</source>
        <translation>Aktuelle Preise abrufen (Format von LiteLLM, models.dev oder OpenRouter) und die Änderungen vorab ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-chec&amp;k prices…</source>
        <translation>Preise &amp;gegenprüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare this catalog&apos;s prices with another catalog file (Rightsize, LiteLLM, models.dev or OpenRouter format); nothing is imported</source>
        <translation>Die Preise dieses Katalogs mit einer anderen Katalogdatei vergleichen (Format Rightsize, LiteLLM, models.dev oder OpenRouter); nichts wird importiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop fetching prices (Esc)</source>
        <translation>Abrufen der Preise beenden (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by id, name, provider or capability</source>
        <translation>Nach ID, Name, Anbieter oder Fähigkeit filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one provider&apos;s models</source>
        <translation>Nur die Modelle eines Anbieters zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one tier&apos;s models</source>
        <translation>Nur die Modelle einer Stufe zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Revert to original</source>
        <translation>Auf Original zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop all your edits of the catalog “%1”? Models you added are removed, and models you changed or deleted come back as they were.</source>
        <translation>Alle Ihre Änderungen am Katalog „%1“ verwerfen? Von Ihnen hinzugefügte Modelle werden entfernt, geänderte oder gelöschte Modelle kehren in ihren ursprünglichen Zustand zurück.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 of %2 kB</source>
        <translation>%1 von %2 kB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price update cancelled; nothing was changed.</source>
        <translation>Preisaktualisierung abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (file)</source>
        <translation>%1 (Datei)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a file (%1): import it to edit it.</source>
        <translation>Aus einer Datei geöffnet (%1): Importieren Sie sie, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundled, prices as of %1. Bundled catalogs are read-only: your edits are kept apart and applied on top.</source>
        <translation>Mitgeliefert, Preise vom %1. Mitgelieferte Kataloge sind schreibgeschützt: Ihre Änderungen werden getrennt gespeichert und darübergelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported, prices as of %1. Your edits are kept apart from the imported file.</source>
        <translation>Importiert, Preise vom %1. Ihre Änderungen werden getrennt von der importierten Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Your edits: %2.</source>
        <translation>%1 Ihre Änderungen: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 of %2 models</source>
        <translation>%1 von %2 Modellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No model of the %1 models matches the filter. Clear the filter text or choose “All” providers and tiers to see them again.</source>
        <translation>Keines der %1 Modelle passt zum Filter. Leeren Sie den Filtertext oder wählen Sie „Alle“ Anbieter und Stufen, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>your edit</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot add model %1: the catalog already has a model with this id</source>
        <translation>Modell %1 kann nicht hinzugefügt werden: Der Katalog enthält bereits ein Modell mit dieser ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot edit model %1: it is not in the catalog %2</source>
        <translation>Modell %1 kann nicht bearbeitet werden: Es ist nicht im Katalog %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot duplicate model %1: it is not in the catalog %2</source>
        <translation>Modell %1 kann nicht dupliziert werden: Es ist nicht im Katalog %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove %1 from the catalog “%2”?</source>
        <translation>%1 aus dem Katalog „%2“ entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 models from the catalog “%2”?</source>
        <translation>%1 Modelle aus dem Katalog „%2“ entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete models</source>
        <translation>Modelle löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “Revert to original” brings back models of the catalog itself.</source>
        <translation>%1 „Auf Original zurücksetzen“ stellt Modelle des Katalogs selbst wieder her.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file becomes a catalog of its own; the catalog in use stays as it is.</source>
        <translation>Die Datei wird zu einem eigenen Katalog; der verwendete Katalog bleibt, wie er ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a bundled catalog&apos;s name.</source>
        <translation>„%1“ ist der Name eines mitgelieferten Katalogs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name cannot start with a dot or contain / \ or :.</source>
        <translation>Ein Name darf nicht mit einem Punkt beginnen und weder / noch \ noch : enthalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as the catalog “%2”.</source>
        <translation>%1 wurde als Katalog „%2“ importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Cannot export the catalog to %1: %2</source>
        <translation>Der Katalog kann nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Catalogs: Rightsize, LiteLLM, models.dev or OpenRouter format (*.json);;All files (*)</source>
        <translation>Kataloge: Format von Rightsize, LiteLLM, models.dev oder OpenRouter (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cross-check prices with</source>
        <translation>Preise gegenprüfen mit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export catalog</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rightsize catalog (*.json)</source>
        <translation>Rightsize-Katalog (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog written to %1</source>
        <translation>Katalog nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This catalog was opened from a file: import it before updating its prices.</source>
        <translation>Dieser Katalog wurde aus einer Datei geöffnet: Importieren Sie ihn, bevor Sie seine Preise aktualisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetching prices from %1…</source>
        <translation>Preise werden von %1 abgerufen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Update prices of %1</source>
        <translation>Preise von %1 aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply new prices</source>
        <translation>Neue Preise &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched from %1 on %2. %3 of this catalog&apos;s %4 models are in the fetched file; their prices and limits are updated and the catalog is dated %2. %5 models of the file are not in this catalog: import the file to see them all.</source>
        <translation>Abgerufen von %1 am %2. %3 der %4 Modelle dieses Katalogs sind in der abgerufenen Datei; ihre Preise und Grenzen werden aktualisiert und der Katalog erhält das Datum %2. %5 Modelle der Datei sind nicht in diesem Katalog: Importieren Sie die Datei, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prices updated; the catalog is now dated %1.</source>
        <translation>Preise aktualisiert; der Katalog hat jetzt das Datum %1.</translation>
    </message>
</context>
<context>
    <name>CatalogRegistry</name>
    <message>
        <location filename="../core/catalog/catalogregistry.cpp" line="+106"/>
        <source>Cannot read your catalog edits %1: %2</source>
        <translation>Ihre Katalogänderungen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No catalog named %1: it is neither a bundled catalog, nor an imported one, nor a file</source>
        <translation>Kein Katalog namens %1: Es ist weder ein mitgelieferter noch ein importierter Katalog noch eine Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read catalog %1: %2</source>
        <translation>Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No catalog named %1: it is neither a bundled catalog nor an imported one</source>
        <translation>Kein Katalog namens %1: Es ist weder ein mitgelieferter noch ein importierter Katalog</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save changes to catalog %1: only bundled and imported catalogs can be edited; import the file first</source>
        <translation>Änderungen an Katalog %1 können nicht gespeichert werden: Nur mitgelieferte und importierte Kataloge können bearbeitet werden; importieren Sie zuerst die Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save changes to catalog %1: cannot create folder %2</source>
        <translation>Änderungen an Katalog %1 können nicht gespeichert werden: Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot save changes to catalog %1: cannot write %2: %3</source>
        <translation>Änderungen an Katalog %1 können nicht gespeichert werden: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove your edits of catalog %1: cannot delete %2</source>
        <translation>Ihre Änderungen an Katalog %1 können nicht entfernt werden: %2 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import catalog %1: &quot;%2&quot; cannot be used as a catalog name</source>
        <translation>Katalog %1 kann nicht importiert werden: &quot;%2&quot; kann nicht als Katalogname verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot import catalog %1: &quot;%2&quot; is the name of a bundled catalog; choose another name</source>
        <translation>Katalog %1 kann nicht importiert werden: &quot;%2&quot; ist der Name eines mitgelieferten Katalogs; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot import catalog %1: cannot create folder %2</source>
        <translation>Katalog %1 kann nicht importiert werden: Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Cannot import catalog %1: cannot write %2: %3</source>
        <translation>Katalog %1 kann nicht importiert werden: %2 kann nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../ui/models/catalogtablemodel.cpp" line="+117"/>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 — added or changed by you; your edits are kept apart from the catalog</source>
        <translation>%1 – von Ihnen hinzugefügt oder geändert; Ihre Änderungen werden getrennt vom Katalog gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog: %1
Date: %2
Origin: %3</source>
        <translation>Katalog: %1
Datum: %2
Herkunft: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no published score for %2</source>
        <translation>%1: kein veröffentlichter Wert für %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: %3
Source: %4
Date: %5</source>
        <translation>%1 bei %2: %3
Quelle: %4
Datum: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In $/1M</source>
        <translation>Ein $/1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out $/1M</source>
        <translation>Aus $/1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosted</source>
        <translation>Selbst gehostet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max out</source>
        <translation>Max. Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parameters, billions; — when not published</source>
        <translation>Parameter in Milliarden; – wenn nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API price per million input tokens, USD</source>
        <translation>API-Preis pro Million Eingabe-Tokens, USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API price per million output tokens, USD</source>
        <translation>API-Preis pro Million Ausgabe-Tokens, USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rental price per GPU hour when self-hosted, USD</source>
        <translation>Mietpreis pro GPU-Stunde bei Selbsthosting, USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical latency of one request</source>
        <translation>Typische Latenz einer Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum input tokens</source>
        <translation>Maximale Eingabe-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum output tokens</source>
        <translation>Maximale Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog and date each model&apos;s figures come from</source>
        <translation>Katalog und Datum, aus denen die Werte jedes Modells stammen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)
Source: %3
Licence: %4
Date: %5</source>
        <translation>%1 (%2)
Quelle: %3
Lizenz: %4
Datum: %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="+82"/>
        <source>Chart size %1 × %2 px is outside 16–20000 px.</source>
        <translation>Diagrammgröße %1 × %2 px liegt außerhalb von 16–20000 px.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution %1 dpi is outside 24–2400 dpi.</source>
        <translation>Auflösung %1 dpi liegt außerhalb von 24–2400 dpi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No chart to export.</source>
        <translation>Kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export chart to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Diagramm kann nicht nach %1 exportiert werden: Verwenden Sie einen Dateinamen mit .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Cannot write chart image %1: %2</source>
        <translation>Diagrammbild %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write chart document %1: %2</source>
        <translation>Diagrammdokument %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write chart document %1.</source>
        <translation>Diagrammdokument %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../ui/export/chartexportdialog.cpp" line="+14"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text keeps its size relative to the chart: a higher resolution gives a sharper image of the same layout.</source>
        <translation>Text behält seine Größe relativ zum Diagramm: Eine höhere Auflösung ergibt ein schärferes Bild mit demselben Layout.</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../core/providers/chatclient.cpp" line="+83"/>
        <location line="+251"/>
        <source>no network access manager</source>
        <translation>kein Netzwerkzugriffsmanager</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+16"/>
        <location line="+86"/>
        <source>The request to endpoint %1 was cancelled</source>
        <translation>Die Anfrage an Endpunkt %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Endpoint %1 reported an error after HTTP %2: %3</source>
        <translation>Endpunkt %1 meldete nach HTTP %2 einen Fehler: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint %1 did not finish within its maximum time of %2 ms (HTTP %3); the answer is incomplete</source>
        <translation>Endpunkt %1 ist nicht innerhalb seiner Höchstdauer von %2 ms fertig geworden (HTTP %3); die Antwort ist unvollständig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint %1 did not answer within its maximum time of %2 ms</source>
        <translation>Endpunkt %1 hat nicht innerhalb seiner Höchstdauer von %2 ms geantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint %1 stopped sending for %2 ms (its timeout) after HTTP %3; the answer is incomplete</source>
        <translation>Endpunkt %1 hat nach HTTP %3 %2 ms lang nichts gesendet (sein Zeitlimit); die Antwort ist unvollständig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint %1 broke off the stream after HTTP %2: %3; the answer is incomplete</source>
        <translation>Endpunkt %1 hat den Stream nach HTTP %2 abgebrochen: %3; die Antwort ist unvollständig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint %1 answered HTTP %2 with an empty body</source>
        <translation>Endpunkt %1 antwortete mit HTTP %2 und leerem Inhalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1 ended the stream without its end marker (HTTP %2); the answer is incomplete</source>
        <translation>Endpunkt %1 hat den Stream ohne Endmarkierung beendet (HTTP %2); die Antwort ist unvollständig</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+64"/>
        <source>Endpoint %1 answered HTTP %2: %3</source>
        <translation>Endpunkt %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Endpoint %1 sent no response for %2 ms (its timeout)</source>
        <translation>Endpunkt %1 hat %2 ms lang keine Antwort gesendet (sein Zeitlimit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Cannot reach endpoint %1: %2</source>
        <translation>Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Endpoint %1 sent an unreadable model list: %2</source>
        <translation>Endpunkt %1 hat eine unlesbare Modellliste gesendet: %2</translation>
    </message>
</context>
<context>
    <name>CombinedAssessor</name>
    <message>
        <location filename="../core/routing/combinedassessor.cpp" line="+47"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unavailable (%2)</source>
        <translation>%1 nicht verfügbar (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no assessor could say: %1</source>
        <translation>kein Bewerter konnte urteilen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minimum of %1</source>
        <translation>Minimum von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mean of %1</source>
        <translation>Mittelwert von %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/scenario.cpp" line="+26"/>
        <source>unknown task &quot;%1&quot;; the catalog knows: %2</source>
        <translation>unbekannte Aufgabe &quot;%1&quot;; der Katalog kennt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown benchmark &quot;%1&quot; in catalog %2</source>
        <translation>unbekannter Benchmark &quot;%1&quot; in Katalog %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+72"/>
        <source>unknown command &quot;%1&quot;; see &apos;rightsize --help&apos;</source>
        <translation>unbekannter Befehl &quot;%1&quot;; siehe &apos;rightsize --help&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: rightsize [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: rightsize [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command, opens the Rightsize workbench window.</source>
        <translation>Ohne Befehl wird das Rightsize-Arbeitsfenster geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version</source>
        <translation>Version ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this help; &apos;rightsize COMMAND --help&apos; for a command&apos;s options</source>
        <translation>Diese Hilfe ausgeben; &apos;rightsize BEFEHL --help&apos; für die Optionen eines Befehls</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommend a model tier and concrete models for a task&apos;s requirements</source>
        <translation>Eine Modellstufe und konkrete Modelle für die Anforderungen einer Aufgabe empfehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost and cost per request of one or more models at a volume</source>
        <translation>Monatliche Kosten und Kosten pro Anfrage eines oder mehrerer Modelle bei einem Volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List, show and import model catalogs</source>
        <translation>Modellkataloge auflisten, anzeigen und importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the cost-versus-quality or monthly-cost chart (PNG, SVG, PDF)</source>
        <translation>Das Diagramm Kosten gegenüber Qualität oder monatliche Kosten exportieren (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a decision memo (Markdown, HTML, PDF)</source>
        <translation>Ein Entscheidungsmemo schreiben (Markdown, HTML, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run one prompt through several endpoints side by side, with latency, tokens and cost</source>
        <translation>Einen Prompt nebeneinander über mehrere Endpunkte ausführen, mit Latenz, Tokens und Kosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, list, test and remove endpoints; store their keys in the keychain</source>
        <translation>Endpunkte hinzufügen, auflisten, testen und entfernen; ihre Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List, show and export the stored comparison runs</source>
        <translation>Die gespeicherten Vergleichsläufe auflisten, anzeigen und exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check, back up and restore the history database</source>
        <translation>Die Verlaufsdatenbank prüfen, sichern und wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide a prompt&apos;s tier with the routing rules and ask it, escalating on failure</source>
        <translation>Die Stufe eines Prompts mit den Routing-Regeln bestimmen und sie fragen, bei Fehlschlag eskalieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask endpoints smallest first until an answer is confident enough</source>
        <translation>Endpunkte von der kleinsten an fragen, bis eine Antwort sicher genug ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay stored runs through a cascade for a sweep of thresholds: cost versus quality</source>
        <translation>Gespeicherte Läufe für eine Reihe von Schwellen durch eine Kaskade abspielen: Kosten gegenüber Qualität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run evaluation sets across endpoints; list, show and export their results</source>
        <translation>Evaluierungssets über Endpunkte ausführen; ihre Ergebnisse auflisten, anzeigen und exportieren</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="+31"/>
        <source>Candidates to print as text (default 15).</source>
        <translation>Anzahl der als Text ausgegebenen Kandidaten (Vorgabe 15).</translation>
    </message>
    <message>
        <location filename="../app/memocommand.cpp" line="+34"/>
        <location filename="../app/recommendcommand.cpp" line="+7"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="-13"/>
        <source>Recommends a model tier (the article&apos;s tier rules, first match wins), the task&apos;s pick and concrete catalog models.</source>
        <translation>Empfiehlt eine Modellstufe (die Stufenregeln des Artikels, die erste passende gilt), die Wahl für die Aufgabe und konkrete Katalogmodelle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--limit expects a whole number ≥ 0, got &quot;%1&quot;</source>
        <translation>--limit erwartet eine ganze Zahl ≥ 0, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended tier: %1 (rule %2: %3)</source>
        <translation>Empfohlene Stufe: %1 (Regel %2: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fired</source>
        <translation>gegriffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fired</source>
        <translation>nicht gegriffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What rule %1 does to the list: %2</source>
        <translation>Was Regel %1 an der Liste ändert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 [catalog: %2]</source>
        <translation>%1 [Katalog: %2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [not in this catalog]</source>
        <translation>%1 [nicht in diesem Katalog]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1: %2 (alternative: %3). %4</source>
        <translation>Aufgabe %1: %2 (Alternative: %3). %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2B active)</source>
        <translation>%1 (%2 Mrd. aktiv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>self-hosted</source>
        <translation>selbst gehostet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; API-equivalent %2 (%3)</source>
        <translation>%1; API-Gegenwert %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picks (%1 tier, value margin %2 %):</source>
        <translation>Auswahl (Stufe %1, Preis-Leistungs-Spielraum %2 %):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>Preis-Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best quality</source>
        <translation>beste Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pick</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Candidates in catalog %1 (%2), %3 of %4 models meet every constraint; quality: %5</source>
        <translation>Kandidaten in Katalog %1 (%2): %3 von %4 Modellen erfüllen jede Bedingung; Qualität: %5</translation>
    </message>
    <message>
        <location filename="../app/catalogdiffcommand.cpp" line="+63"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$0 in one</source>
        <translation>$0 in einem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The models two catalogs price differently: matched by id, else by name without provider, date and variant (gpt-4o-mini = openai/gpt-4o-mini). A and B are catalog names or files in the Rightsize, LiteLLM, models.dev or OpenRouter format.</source>
        <translation>Die Modelle, die zwei Kataloge unterschiedlich bepreisen: zugeordnet nach ID, sonst nach Name ohne Anbieter, Datum und Variante (gpt-4o-mini = openai/gpt-4o-mini). A und B sind Katalognamen oder Dateien im Format Rightsize, LiteLLM, models.dev oder OpenRouter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first catalog (name or file)</source>
        <translation>der erste Katalog (Name oder Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second catalog (name or file)</source>
        <translation>der zweite Katalog (Name oder Datei)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List models whose input or output price differs by more than PCT % of the lower figure (default: %1).</source>
        <translation>Modelle auflisten, deren Eingabe- oder Ausgabepreis um mehr als PCT % des niedrigeren Werts abweicht (Standard: %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expects two catalogs, A and B</source>
        <translation>erwartet zwei Kataloge, A und B</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--threshold expects a percentage of 0 or more, not “%1”</source>
        <translation>--threshold erwartet einen Prozentsatz von 0 oder mehr, nicht „%1“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 (%3, %4 models)</source>
        <translation>%1: %2 (%3, %4 Modelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model is priced more than %1 % apart.</source>
        <translation>Kein Modell weicht im Preis um mehr als %1 % ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/costcommand.cpp" line="+62"/>
        <location filename="../app/recommendcommand.cpp" line="-17"/>
        <location line="+23"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A in $/1M</source>
        <translation>A Ein $/1 Mio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A out $/1M</source>
        <translation>A Aus $/1 Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B in $/1M</source>
        <translation>B Ein $/1 Mio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B out $/1M</source>
        <translation>B Aus $/1 Mio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source</source>
        <translation>Quelle A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B source</source>
        <translation>Quelle B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (B: %2)</source>
        <translation>%1 (B: %2)</translation>
    </message>
    <message>
        <location filename="../app/catalogcommand.cpp" line="+104"/>
        <location filename="../app/recommendcommand.cpp" line="+0"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="+0"/>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/costcommand.cpp" line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="-23"/>
        <location line="+24"/>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="+0"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/recommendcommand.cpp" line="-23"/>
        <location line="+23"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="+1"/>
        <source>per request</source>
        <translation>pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="+11"/>
        <source>… and %1 more (--limit N, or --json for all)</source>
        <translation>… und %1 weitere (--limit N oder --json für alle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Near misses (one constraint failed):</source>
        <translation>Knapp verfehlt (eine Bedingung nicht erfüllt):</translation>
    </message>
    <message>
        <location filename="../app/costcommand.cpp" line="-28"/>
        <source>Monthly cost and cost per request of models at a volume (30-day month).</source>
        <translation>Monatliche Kosten und Kosten pro Anfrage von Modellen bei einem Volumen (Monat mit 30 Tagen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model id or name; repeat for several.</source>
        <translation>Modell-ID oder -Name; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost as self-hosted (GPU hours) rather than API.</source>
        <translation>Kosten bei Selbsthosting (GPU-Stunden) statt über die API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality benchmark id (default: the catalog&apos;s).</source>
        <translation>ID des Qualitäts-Benchmarks (Vorgabe: der des Katalogs).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--model is required</source>
        <translation>--model ist erforderlich</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/recommendcommand.cpp" line="-42"/>
        <source>serving</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no model &quot;%1&quot; in catalog %2; see &apos;rightsize catalog list --catalog %2&apos;</source>
        <translation>kein Modell &quot;%1&quot; in Katalog %2; siehe &apos;rightsize catalog list --catalog %2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model &quot;%1&quot; has no self-hosted price; give --gpu-hourly USD</source>
        <translation>Modell &quot;%1&quot; hat keinen Preis für Selbsthosting; geben Sie --gpu-hourly USD an</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/recommendcommand.cpp" line="-24"/>
        <source>self-hosted, %1 replica(s)</source>
        <translation>selbst gehostet, %1 Replikat(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/recommendcommand.cpp" line="-1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 requests/day, %2 input and %3 output tokens per request, catalog %4 (%5)</source>
        <translation>%1 Anfragen/Tag, %2 Eingabe- und %3 Ausgabe-Tokens pro Anfrage, Katalog %4 (%5)</translation>
    </message>
    <message>
        <location filename="../app/catalogcommand.cpp" line="-76"/>
        <source>Model catalogs.
  catalog names         the catalogs available
  catalog list          the models of a catalog
  catalog show ID       one model, every field
  catalog tasks         the task profiles of a catalog
  catalog import FILE   keep a catalog file (Rightsize, LiteLLM, models.dev or OpenRouter format) under --catalog NAME
  catalog diff A B      models two catalogs price more than --threshold % apart (see &apos;catalog diff --help&apos;)</source>
        <translation>Modellkataloge.
  catalog names         die verfügbaren Kataloge
  catalog list          die Modelle eines Katalogs
  catalog show ID       ein Modell, jedes Feld
  catalog tasks         die Aufgabenprofile eines Katalogs
  catalog import FILE   eine Katalogdatei (Format Rightsize, LiteLLM, models.dev oder OpenRouter) unter --catalog NAME behalten
  catalog diff A B      Modelle, deren Preise in zwei Katalogen um mehr als --threshold % abweichen (siehe &apos;catalog diff --help&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>names, list, show, tasks, import or diff</source>
        <translation>names, list, show, tasks, import oder diff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import expects one FILE</source>
        <translation>import erwartet genau eine FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported catalog %1 with %2 models.</source>
        <translation>Katalog %1 mit %2 Modellen importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Catalog %1 (%2), %3 models</source>
        <translation>Katalog %1 (%2), %3 Modelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input $/1M</source>
        <translation>Eingabe $/1M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output $/1M</source>
        <translation>Ausgabe $/1M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>self-hosted $/h</source>
        <translation>selbst gehostet $/h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>show expects one model ID</source>
        <translation>show erwartet genau eine Modell-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no model &quot;%1&quot; in catalog %2</source>
        <translation>kein Modell &quot;%1&quot; in Katalog %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  provider: %1, tier: %2, parameters: %3</source>
        <translation>  Anbieter: %1, Stufe: %2, Parameter: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expects an action: names, list, show, tasks, import or diff</source>
        <translation>erwartet eine Aktion: names, list, show, tasks, import oder diff</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+4"/>
        <location filename="../app/catalogdiffcommand.cpp" line="-99"/>
        <location line="+11"/>
        <location filename="../app/costcommand.cpp" line="-11"/>
        <location filename="../app/recommendcommand.cpp" line="-23"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="+60"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>~: tier guessed from the price band (the size is not published).</source>
        <translation>~: Stufe aus dem Preisband geschätzt (die Größe ist nicht veröffentlicht).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/catalogcommand.cpp" line="-26"/>
        <source> [quality: %1]</source>
        <translation> [Qualität: %1]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 in all, %2B active (mixture of experts)</source>
        <translation>%1 insgesamt, %2 Mrd. aktiv (Mixture of Experts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  price: $%1 input, $%2 output per 1M tokens</source>
        <translation>  Preis: $%1 Eingabe, $%2 Ausgabe pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  price: unknown (the catalog lists $0, a placeholder)</source>
        <translation>  Preis: unbekannt (der Katalog nennt $0, ein Platzhalter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  self-hosted: $%1 per GPU hour</source>
        <translation>  selbst gehostet: $%1 pro GPU-Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  latency: %1, context: %2, max output: %3</source>
        <translation>  Latenz: %1, Kontext: %2, max. Ausgabe: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  capabilities: %1</source>
        <translation>  Fähigkeiten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  quality: %1 = %2 (%3, %4)</source>
        <translation>  Qualität: %1 = %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  from: catalog %1 (%2); %3</source>
        <translation>  aus: Katalog %1 (%2); %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/chartcommand.cpp" line="+27"/>
        <source>Exports a chart as PNG, SVG or PDF (format from the file name).
  cost-quality   every scored model: monthly cost against quality, Pareto frontier
  monthly-cost   the top candidates&apos; monthly cost across volumes, break-even points</source>
        <translation>Exportiert ein Diagramm als PNG, SVG oder PDF (Format aus dem Dateinamen).
  cost-quality   jedes bewertete Modell: monatliche Kosten gegenüber Qualität, Pareto-Front
  monthly-cost   monatliche Kosten der besten Kandidaten über das Volumen, Break-even-Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cost-quality or monthly-cost</source>
        <translation>cost-quality oder monthly-cost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Ausgabedatei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels (default 1200).</source>
        <translation>Breite in Pixeln (Vorgabe 1200).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height in pixels (default 800).</source>
        <translation>Höhe in Pixeln (Vorgabe 800).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution in dots per inch (default 96).</source>
        <translation>Auflösung in Punkten pro Zoll (Vorgabe 96).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost-quality: cost per 1M tokens on the x axis instead of monthly cost.</source>
        <translation>cost-quality: Kosten pro 1 Mio. Tokens auf der x-Achse statt monatlicher Kosten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expects one chart: cost-quality or monthly-cost</source>
        <translation>erwartet genau ein Diagramm: cost-quality oder monthly-cost</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/memocommand.cpp" line="+2"/>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>das Format von &quot;%1&quot; ist nicht erkennbar: Verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 must be a whole number between %2 and %3, got &quot;%4&quot;</source>
        <translation>--%1 muss eine ganze Zahl zwischen %2 und %3 sein, erhalten: &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/memocommand.cpp" line="+12"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/memocommand.cpp" line="-26"/>
        <source>Writes a decision memo (Markdown, HTML or PDF, from the file name): requirements, recommendation and its reasoning, candidates, both charts, assumptions and sources.</source>
        <translation>Schreibt ein Entscheidungsmemo (Markdown, HTML oder PDF, je nach Dateiname): Anforderungen, Empfehlung und ihre Begründung, Kandidaten, beide Diagramme, Annahmen und Quellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file: .md, .html or .pdf.</source>
        <translation>Ausgabedatei: .md, .html oder .pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot tell the format of &quot;%1&quot;: use .md, .html or .pdf</source>
        <translation>das Format von &quot;%1&quot; ist nicht erkennbar: Verwenden Sie .md, .html oder .pdf</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="+37"/>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog name (see &apos;catalog names&apos;) or catalog file (default: current).</source>
        <translation>Katalogname (siehe &apos;catalog names&apos;) oder Katalogdatei (Vorgabe: current).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest silence allowed while waiting for an answer or between its bytes; a slow but steady stream is never cut (default: the endpoint&apos;s, 60).</source>
        <translation>Längste erlaubte Stille beim Warten auf eine Antwort oder zwischen ihren Bytes; ein langsamer, aber stetiger Stream wird nie abgebrochen (Vorgabe: die des Endpunkts, 60).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time per answer, retries included (default: no limit).</source>
        <translation>Längste Dauer pro Antwort, Wiederholungen eingeschlossen (Vorgabe: keine Grenze).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 expects a positive number of seconds</source>
        <translation>--%1 erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../app/comparecommand.cpp" line="+111"/>
        <source>%1 · ttft %2 ms · latency %3 ms · tokens %4 in, %5 out · %6 tok/s · cost %7 · attempts %8</source>
        <translation>%1 · TTFT %2 ms · Latenz %3 ms · Tokens %4 ein, %5 aus · %6 Tok/s · Kosten %7 · Versuche %8</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+211"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>--prompt is required</source>
        <translation>--prompt ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--var expects NAME=VALUE, not “%1”</source>
        <translation>--var erwartet NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-tokens expects a positive whole number</source>
        <translation>--max-tokens erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--temperature expects a number from 0 to 2</source>
        <translation>--temperature erwartet eine Zahl von 0 bis 2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--concurrency expects a positive whole number</source>
        <translation>--concurrency erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL</source>
        <translation>nennen Sie mindestens einen --endpoint NAME oder ein --target KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown endpoint “%1”: none is configured (see &apos;rightsize endpoint add&apos;)</source>
        <translation>unbekannter Endpunkt „%1“: keiner ist eingerichtet (siehe &apos;rightsize endpoint add&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown endpoint “%1”; configured: %2</source>
        <translation>unbekannter Endpunkt „%1“; eingerichtet: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is named twice</source>
        <translation>„%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Runs one prompt through several endpoints side by side, streaming, and reports time to first token, latency, tokens, tokens per second and cost.</source>
        <translation>Führt einen Prompt nebeneinander über mehrere Endpunkte aus, gestreamt, und meldet Zeit bis zum ersten Token, Latenz, Tokens, Tokens pro Sekunde und Kosten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user prompt; {{NAME}} placeholders take --var values.</source>
        <translation>Der Benutzer-Prompt; Platzhalter {{NAME}} erhalten die Werte von --var.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt (default: each endpoint&apos;s own).</source>
        <translation>Der System-Prompt (Vorgabe: der jedes Endpunkts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template variable; repeat for several.</source>
        <translation>Eine Vorlagenvariable; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most output tokens per answer.</source>
        <translation>Höchstzahl an Ausgabe-Tokens pro Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling temperature, 0–2.</source>
        <translation>Sampling-Temperatur, 0–2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configured endpoint (see &apos;rightsize endpoint list&apos;); repeat for several.</source>
        <translation>Ein eingerichteter Endpunkt (siehe &apos;rightsize endpoint list&apos;); für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; its key comes from the environment.</source>
        <translation>Ein Ad-hoc-Endpunkt, z. B. openai:tiny@http://127.0.0.1:8080/v1; sein Schlüssel kommt aus der Umgebung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many endpoints stream at once (default 4).</source>
        <translation>Wie viele Endpunkte gleichzeitig streamen (Vorgabe 4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tok/s</source>
        <translation>Tok/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="+128"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System prompt (optional; each endpoint&apos;s default when empty)</source>
        <translation>System-Prompt (optional; leer gilt die Vorgabe jedes Endpunkts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User prompt; write {{name}} for a variable</source>
        <translation>Benutzer-Prompt; schreiben Sie {{name}} für eine Variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables:</source>
        <translation>Variablen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved endpoint sets</source>
        <translation>Gespeicherte Endpunkt-Sets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save set…</source>
        <translation>Set speichern…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No endpoints yet. Add one with Endpoints…, or start llama.cpp&apos;s llama-server (port 8080) or Ollama (port 11434) on this machine: they are found at start.</source>
        <translation>Noch keine Endpunkte. Fügen Sie einen über „Endpunkte…“ hinzu oder starten Sie auf diesem Rechner llama-server von llama.cpp (Port 8080) oder Ollama (Port 11434): Sie werden beim Start gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoints…</source>
        <translation>Endpunkte…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the prompt on the checked endpoints (Ctrl+Return)</source>
        <translation>Den Prompt auf den markierten Endpunkten ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop every answer still streaming (Esc)</source>
        <translation>Jede noch laufende Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max tokens: default</source>
        <translation>Max. Tokens: Vorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max tokens: </source>
        <translation>Max. Tokens: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest answer per endpoint; default: each endpoint&apos;s own setting</source>
        <translation>Längste Antwort pro Endpunkt; Vorgabe: die Einstellung jedes Endpunkts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>temperature: default</source>
        <translation>Temperatur: Vorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature: </source>
        <translation>Temperatur: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling temperature for this run; default: each endpoint&apos;s own setting</source>
        <translation>Sampling-Temperatur für diesen Lauf; Vorgabe: die Einstellung jedes Endpunkts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at once: </source>
        <translation>gleichzeitig: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many endpoints answer at the same time</source>
        <translation>Wie viele Endpunkte gleichzeitig antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the endpoints&apos; names and shuffle the columns until you have voted</source>
        <translation>Die Namen der Endpunkte verbergen und die Spalten mischen, bis Sie abgestimmt haben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Which is better?</source>
        <translation>Welche ist besser?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>versus</source>
        <translation>gegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A better</source>
        <translation>A besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Endpoints…</source>
        <translation>&amp;Endpunkte…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>streaming…</source>
        <translation>streamt…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Saved sets…</source>
        <translation>Gespeicherte Sets…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Found %1 model server endpoint(s) on this machine</source>
        <translation>%1 Modellserver-Endpunkt(e) auf diesem Rechner gefunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the endpoints the set should hold first.</source>
        <translation>Markieren Sie zuerst die Endpunkte, die das Set enthalten soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save endpoint set</source>
        <translation>Endpunkt-Set speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the set:</source>
        <translation>Name des Sets:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No runner.</source>
        <translation>Kein Ausführer.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Good answer</source>
        <translation>Gute Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Bad answer</source>
        <translation>Schlechte Antwort</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer %1 — %2</source>
        <translation>Antwort %1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Figures are hidden until you vote.</source>
        <translation>Die Zahlen bleiben bis zu Ihrer Stimme verborgen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The last blind comparison has no vote yet: vote below, or press Run again to start a new run without one.</source>
        <translation>Der letzte Blindvergleich hat noch keine Stimme: Stimmen Sie unten ab, oder klicken Sie erneut auf Ausführen, um ohne Stimme einen neuen Lauf zu starten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 characters · %2 s</source>
        <translation>%1 Zeichen · %2 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced (no catalog model)</source>
        <translation>ohne Preis (kein Katalogmodell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown (no token counts)</source>
        <translation>unbekannt (keine Tokenzahlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT %1 ms · latency %2 ms · tokens %3 in / %4 out · %5 tok/s · cost %6 · attempts %7</source>
        <translation>TTFT %1 ms · Latenz %2 ms · Tokens %3 ein / %4 aus · %5 Tok/s · Kosten %6 · Versuche %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reported no token counts for the %1 characters received.</source>
        <translation>Der Server hat für die %1 empfangenen Zeichen keine Tokenzahlen gemeldet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose two different answers to compare.</source>
        <translation>Wählen Sie zwei verschiedene Antworten zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>ComparisonRunner</name>
    <message>
        <location filename="../core/compare/comparisonrunner.cpp" line="+41"/>
        <source>A comparison is still running; cancel it or wait for it to finish.</source>
        <translation>Ein Vergleich läuft noch; brechen Sie ihn ab oder warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chat client to run the comparison with.</source>
        <translation>Kein Chat-Client, mit dem der Vergleich laufen könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one endpoint to compare.</source>
        <translation>Wählen Sie mindestens einen Endpunkt zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user prompt is empty.</source>
        <translation>Der Benutzer-Prompt ist leer.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>There is no earlier run to repeat.</source>
        <translation>Es gibt keinen früheren Lauf zum Wiederholen.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The request to endpoint %1 was cancelled before it started</source>
        <translation>Die Anfrage an Endpunkt %1 wurde abgebrochen, bevor sie begann</translation>
    </message>
</context>
<context>
    <name>Complexity</name>
    <message>
        <location filename="../core/decision/requirements.cpp" line="+40"/>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>CostCurves</name>
    <message>
        <location filename="../core/analysis/costcurves.cpp" line="+218"/>
        <source>Monthly cost versus volume</source>
        <translation>Monatliche Kosten gegenüber Volumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per day (log scale)</source>
        <translation>Anfragen pro Tag (logarithmisch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (USD/month, log scale)</source>
        <translation>Monatliche Kosten (USD/Monat, logarithmisch)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GPU %1/h</source>
        <translation>GPU %1/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU $/h from the catalog</source>
        <translation>GPU $/h aus dem Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: %1 (%2) · %3 input + %4 output tokens per request · Self-hosting: %5, %6 tokens/s per replica, %7 % utilisation, peak ×%8</source>
        <translation>Katalog: %1 (%2) · %3 Eingabe- + %4 Ausgabe-Tokens pro Anfrage · Selbsthosting: %5, %6 Tokens/s pro Replikat, %7 % Auslastung, Spitze ×%8</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> · power %1 W per GPU at %2/kWh, PUE %3</source>
        <translation> · Strom %1 W je GPU zu %2/kWh, PUE %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · owned hardware %1 per GPU over %2 months</source>
        <translation> · eigene Hardware %1 je GPU über %2 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · %1: price unknown, not drawn</source>
        <translation> · %1: Preis unbekannt, nicht gezeichnet</translation>
    </message>
</context>
<context>
    <name>CostExplorerPage</name>
    <message>
        <location filename="../ui/pages/costexplorerpage.cpp" line="+88"/>
        <source>Cost versus &amp;quality</source>
        <translation>Kosten gegenüber &amp;Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost versus &amp;volume</source>
        <translation>Monatliche Kosten gegenüber &amp;Volumen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as P&amp;DF…</source>
        <translation>Diagramm als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Monthly cost at your volume</source>
        <translation>Monatliche Kosten bei Ihrem Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1M tokens</source>
        <translation>Kosten pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost axis:</source>
        <translation>&amp;Kostenachse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open weights only</source>
        <translation>Nur &amp;offene Gewichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scored models only</source>
        <translation>Nur &amp;bewertete Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: models without a score on this benchmark are drawn along the bottom.</source>
        <translation>Aus: Modelle ohne Wert bei diesem Benchmark werden am unteren Rand gezeigt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Selected model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgewähltes Modell&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to &amp;volume chart</source>
        <translation>Zum &amp;Volumendiagramm hinzufügen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter models…</source>
        <translation>Modelle filtern…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Recommended models</source>
        <translation>Emp&amp;fohlene Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top candidates of the recommendation and the task pick</source>
        <translation>Die besten Kandidaten der Empfehlung und die Wahl für die Aufgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tokens/s</source>
        <translation> Tokens/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> /h</source>
        <translation> /h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from catalog</source>
        <translation>aus dem Katalog</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power per GPU at load; counted with the electricity price</source>
        <translation>Leistungsaufnahme je GPU unter Last; gezählt mit dem Strompreis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> /kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Power usage effectiveness: the facility&apos;s power over the GPUs&apos; own</source>
        <translation>Power Usage Effectiveness: der Strom des Rechenzentrums im Verhältnis zu dem der GPUs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of hardware you own, per GPU; set the GPU price to $0 if you rent nothing</source>
        <translation>Preis eigener Hardware je GPU; setzen Sie den GPU-Preis auf $0, wenn Sie nichts mieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utput:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPU price:</source>
        <translation>&amp;GPU-Preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throughput:</source>
        <translation>&amp;Durchsatz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;tilisation:</source>
        <translation>Aus&amp;lastung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eak factor:</source>
        <translation>Spit&amp;zenfaktor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;wer:</source>
        <translation>St&amp;rom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electri&amp;city:</source>
        <translation>Strom&amp;preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;UE:</source>
        <translation>P&amp;UE:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own &amp;hardware:</source>
        <translation>Eigene &amp;Hardware:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off &amp;over:</source>
        <translation>Abgeschrieben &amp;über:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Break-even volumes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Break-even-Volumen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>As in the requirements</source>
        <translation>Wie in den Anforderungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (self-hosted)</source>
        <translation>%1 (selbst gehostet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>&lt;p&gt;This is the value pick.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist die Preis-Leistungs-Wahl.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No model satisfies every requirement, so none is ringed.</source>
        <translation>Kein Modell erfüllt alle Anforderungen, daher ist keines umrandet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Click a point to see the model&apos;s figures.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf einen Punkt, um die Werte des Modells zu sehen.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving</source>
        <translation>Betrieb</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>self-hosted, %n replica(s)</source>
        <translation>
            <numerusform>selbst gehostet, %n Replikat</numerusform>
            <numerusform>selbst gehostet, %n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of which</source>
        <translation>Davon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental %1, power %2, hardware %3</source>
        <translation>GPU-Miete %1, Strom %2, Hardware %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API-equivalent</source>
        <translation>API-Gegenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month on %2</source>
        <translation>%1 im Monat mit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per 1M tokens</source>
        <translation>Pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input price</source>
        <translation>Eingabepreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 per 1M</source>
        <translation>%1 pro 1 Mio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output price</source>
        <translation>Ausgabepreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 B in all, %2 B active (mixture of experts)</source>
        <translation>%1 Mrd. insgesamt, %2 Mrd. aktiv (Mixture of Experts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open weights</source>
        <translation>Offene Gewichte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score source</source>
        <translation>Quelle des Werts</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+36"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The ringed point is the value pick, %1: %2</source>
        <translation>Der eingekreiste Punkt ist die Preis-Leistungs-Wahl, %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value pick, %1, is hidden by the filters.</source>
        <translation>Die Preis-Leistungs-Wahl, %1, ist durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is ringed: %1</source>
        <translation>Nichts ist eingekreist: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;On the cost/quality frontier: no other model is both cheaper and better.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf der Kosten-Qualitäts-Front: Kein anderes Modell ist zugleich günstiger und besser.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>CostQuality</name>
    <message>
        <location filename="../core/analysis/costquality.cpp" line="+37"/>
        <source>Cost versus quality: monthly cost at your volume</source>
        <translation>Kosten gegenüber Qualität: monatliche Kosten bei Ihrem Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost versus quality: cost per 1M tokens</source>
        <translation>Kosten gegenüber Qualität: Kosten pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly cost, USD at %1 requests/day (log)</source>
        <translation>Monatliche Kosten, USD bei %1 Anfragen/Tag (log.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens at %1:%2 input:output (log)</source>
        <translation>USD pro 1 Mio. Tokens bei %1:%2 Eingabe:Ausgabe (log.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (rating)</source>
        <translation>%1 (Bewertung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (score, 0–%2)</source>
        <translation>%1 (Wert, 0–%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalog: %1 (%2)</source>
        <translation>Katalog: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality: no benchmark in this catalog</source>
        <translation>Qualität: kein Benchmark in diesem Katalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality: %1, %2 (%3)</source>
        <translation>Qualität: %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: %1, %2</source>
        <translation>Qualität: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n model(s) without a price not shown</source>
        <translation>
            <numerusform>%1 · %n Modell ohne Preis nicht gezeigt</numerusform>
            <numerusform>%1 · %n Modelle ohne Preis nicht gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostQualityChart</name>
    <message>
        <location filename="../ui/charts/costqualitychart.cpp" line="+167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No score (%1)</source>
        <translation>Kein Wert (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Value pick</source>
        <translation>Preis-Leistungs-Wahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>self-hosted, %n replica(s)</source>
        <translation>
            <numerusform>selbst gehostet, %n Replikat</numerusform>
            <numerusform>selbst gehostet, %n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no score</source>
        <translation>%1: kein Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4&lt;br&gt;%5 per month · %6 per 1M tokens&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4&lt;br&gt;%5 pro Monat · %6 pro 1 Mio. Tokens&lt;br&gt;%7</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+98"/>
        <source>The history database %1 does not exist.</source>
        <translation>Die Verlaufsdatenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The history database %1 is a folder, not a file.</source>
        <translation>Die Verlaufsdatenbank %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database %1 has schema version %2, made by a newer Rightsize; this version understands up to %3. It was left unchanged: open it with a newer Rightsize or choose another file.</source>
        <translation>Die Verlaufsdatenbank %1 hat die Schemaversion %2 und wurde von einer neueren Rightsize-Version angelegt; diese Version versteht bis Version %3. Sie wurde nicht verändert: Öffnen Sie sie mit einer neueren Rightsize-Version oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder for the history database %1.</source>
        <translation>Der Ordner für die Verlaufsdatenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+78"/>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The history database %1 is damaged or not a Rightsize database: %2. It was left unchanged.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt oder keine Rightsize-Datenbank: %2. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Cannot configure the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot update the history database %1 to schema version %2 (%3): %4</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht auf Schemaversion %2 aktualisiert werden (%3): %4</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>No history database is open.</source>
        <translation>Keine Verlaufsdatenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot check the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>Die Sicherungsdatei %1 existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot back up the history database to %1: %2</source>
        <translation>Die Verlaufsdatenbank kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Rightsize history backup this version can read (schema version %2).</source>
        <translation>%1 ist keine Rightsize-Verlaufssicherung, die diese Version lesen kann (Schemaversion %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup %1 failed its integrity check: %2</source>
        <translation>Die Sicherung %1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot move %1 aside to restore the backup.</source>
        <translation>%1 kann nicht beiseitegelegt werden, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../app/dbcommand.cpp" line="+32"/>
        <source>The history database.
  db check            PRAGMA integrity_check; exit 1 when it finds problems
  db backup FILE      a consistent copy (VACUUM INTO); never overwrites FILE
  db restore FILE     replace the database with a checked backup (the old file is kept aside)</source>
        <translation>Die Verlaufsdatenbank.
  db check            PRAGMA integrity_check; Exit-Code 1, wenn Probleme gefunden werden
  db backup FILE      eine konsistente Kopie (VACUUM INTO); überschreibt FILE nie
  db restore FILE     die Datenbank durch eine geprüfte Sicherung ersetzen (die alte Datei wird aufbewahrt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, backup or restore</source>
        <translation>check, backup oder restore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check takes no FILE; use --db PATH</source>
        <translation>check nimmt keine FILE; verwenden Sie --db PATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 expects one FILE</source>
        <translation>%1 erwartet genau eine FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expects check, backup FILE or restore FILE; see &apos;rightsize db --help&apos;</source>
        <translation>erwartet check, backup FILE oder restore FILE; siehe &apos;rightsize db --help&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: ok (schema version %2, %3 runs)</source>
        <translation>%1: ok (Schemaversion %2, %3 Läufe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: integrity check found problems:</source>
        <translation>%1: Die Integritätsprüfung hat Probleme gefunden:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>EndpointCheckListModel</name>
    <message>
        <location filename="../ui/models/endpointchecklistmodel.cpp" line="+104"/>
        <source>%1 — detected on this machine</source>
        <translation>%1 – auf diesem Rechner gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · model %3</source>
        <translation>%1 · %2 · Modell %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · no catalog model: unpriced, and not usable as quality</source>
        <translation>%1 · kein Katalogmodell: ohne Preis und nicht als Qualitätsnachweis nutzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · catalog model %2</source>
        <translation>%1 · Katalogmodell %2</translation>
    </message>
</context>
<context>
    <name>EndpointChoice</name>
    <message>
        <location filename="../ui/pages/routing/endpointchoice.cpp" line="+23"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2 · %3 per 1k tokens (the article&apos;s price)</source>
        <translation>%1 bei %2 · %3 pro 1.000 Tokens (der Preis aus dem Artikel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>price unknown (no catalog price for %1)</source>
        <translation>Preis unbekannt (kein Katalogpreis für %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per 1k tokens</source>
        <translation>%1 pro 1.000 Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in, %2 out per 1k tokens</source>
        <translation>%1 ein, %2 aus pro 1.000 Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 tokens of context</source>
        <translation>%1 · %2 Tokens Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 · %3</source>
        <translation>%1 bei %2 · %3</translation>
    </message>
</context>
<context>
    <name>EndpointCommand</name>
    <message>
        <location filename="../app/endpointcommand.cpp" line="+35"/>
        <source>expected one of: add NAME --kind openai|anthropic|ollama --url BASE_URL --model ID [--catalog-model ID] [--key-env VAR]; list [--json]; test NAME; remove NAME; set-key NAME</source>
        <translation>erwartet eine der Aktionen: add NAME --kind openai|anthropic|ollama --url BASE_URL --model ID [--catalog-model ID] [--key-env VAR]; list [--json]; test NAME; remove NAME; set-key NAME</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expects exactly one endpoint NAME</source>
        <translation>erwartet genau einen Endpunkt-NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A name for the endpoint.</source>
        <translation>Ein Name für den Endpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wire format: openai (and every compatible server), anthropic or ollama.</source>
        <translation>Übertragungsformat: openai (und jeder kompatible Server), anthropic oder ollama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL, e.g. https://api.openai.com/v1, http://127.0.0.1:8080/v1, https://api.anthropic.com, http://127.0.0.1:11434.</source>
        <translation>Basis-URL, z. B. https://api.openai.com/v1, http://127.0.0.1:8080/v1, https://api.anthropic.com, http://127.0.0.1:11434.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model id the server expects.</source>
        <translation>Die Modell-ID, die der Server erwartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog model it is, for price and quality.</source>
        <translation>Das Katalogmodell, das er bereitstellt, für Preis und Qualität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An environment variable holding the key (instead of the keychain).</source>
        <translation>Eine Umgebungsvariable mit dem Schlüssel (statt des Schlüsselbunds).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace an endpoint of the same name.</source>
        <translation>Einen Endpunkt gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--kind must be openai, anthropic or ollama</source>
        <translation>--kind muss openai, anthropic oder ollama sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added endpoint %1 (%2, %3, model %4) to %5</source>
        <translation>Endpunkt %1 (%2, %3, Modell %4) zu %5 hinzugefügt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>keychain or %1</source>
        <translation>Schlüsselbund oder %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1 (set)</source>
        <translation>$%1 (gesetzt)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No endpoint configured in %1; add one with &apos;rightsize endpoint add&apos;.</source>
        <translation>Kein Endpunkt in %1 eingerichtet; fügen Sie einen mit &apos;rightsize endpoint add&apos; hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog model</source>
        <translation>Katalogmodell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint to try.</source>
        <translation>Der zu testende Endpunkt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+42"/>
        <location line="+25"/>
        <source>unknown endpoint “%1”</source>
        <translation>unbekannter Endpunkt „%1“</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Endpoint %1 answered (key: %2). Models served: %3</source>
        <translation>Endpunkt %1 hat geantwortet (Schlüssel: %2). Angebotene Modelle: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (configured)</source>
        <translation>  (eingerichtet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the configured model %1 is not in the list.</source>
        <translation>Hinweis: Das eingerichtete Modell %1 ist nicht in der Liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The endpoint to remove.</source>
        <translation>Der zu entfernende Endpunkt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed endpoint %1</source>
        <translation>Endpunkt %1 entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The endpoint whose key is read from standard input.</source>
        <translation>Der Endpunkt, dessen Schlüssel von der Standardeingabe gelesen wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no keychain is available here; set the environment variable %1 instead (%2)</source>
        <translation>hier ist kein Schlüsselbund verfügbar; setzen Sie stattdessen die Umgebungsvariable %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key of endpoint %1 in the keychain</source>
        <translation>Schlüssel von Endpunkt %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: rightsize endpoint ACTION</source>
        <translation>Aufruf: rightsize endpoint AKTION</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action “%1”; %2</source>
        <translation>unbekannte Aktion „%1“; %2</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <location filename="../core/providers/endpointstore.cpp" line="+48"/>
        <source>An endpoint needs a name.</source>
        <translation>Ein Endpunkt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1: the base URL “%2” is not an http:// or https:// URL.</source>
        <translation>Endpunkt %1: Die Basis-URL „%2“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1: the base URL must not carry credentials or a query; keys go in the keychain or the environment.</source>
        <translation>Endpunkt %1: Die Basis-URL darf keine Zugangsdaten und keine Abfrage enthalten; Schlüssel gehören in den Schlüsselbund oder die Umgebung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1 needs a model id.</source>
        <translation>Endpunkt %1 braucht eine Modell-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint %1: timeouts must be positive.</source>
        <translation>Endpunkt %1: Zeitlimits müssen positiv sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An endpoint named %1 already exists.</source>
        <translation>Ein Endpunkt namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>endpoint “%1” has an unknown kind “%2” (expected openai, anthropic or ollama)</source>
        <translation>Endpunkt „%1“ hat eine unbekannte Art „%2“ (erwartet openai, anthropic oder ollama)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation>Die Endpunktdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoints file %1 is not valid JSON: %2</source>
        <translation>Die Endpunktdatei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The endpoints file %1: %2</source>
        <translation>Die Endpunktdatei %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write the endpoints file %1: %2</source>
        <translation>Die Endpunktdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <location filename="../ui/dialogs/endpointsdialog.cpp" line="+33"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OpenAI-compatible (OpenAI, llama.cpp, vLLM, LM Studio, OpenRouter…)</source>
        <translation>OpenAI-kompatibel (OpenAI, llama.cpp, vLLM, LM Studio, OpenRouter…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The catalog model this endpoint serves: its price gives each answer&apos;s cost</source>
        <translation>Das Katalogmodell, das dieser Endpunkt bereitstellt: Sein Preis ergibt die Kosten jeder Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: an environment variable holding the key</source>
        <translation>optional: eine Umgebungsvariable mit dem Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The longest silence while waiting for an answer or between its bytes; a slow but steady stream is never cut</source>
        <translation>Die längste Stille beim Warten auf eine Antwort oder zwischen ihren Bytes; ein langsamer, aber stetiger Stream wird nie abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest time one answer may take, retries included</source>
        <translation>Die längste Dauer, die eine Antwort brauchen darf, Wiederholungen eingeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog model:</source>
        <translation>Katalogmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key variable:</source>
        <translation>Schlüsselvariable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum time:</source>
        <translation>Höchstdauer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set key…</source>
        <translation>Schlüssel setzen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>in the keychain (Set key…), or in $%1</source>
        <translation>im Schlüsselbund (Schlüssel setzen…) oder in $%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain here: set $%1 (or the key variable above).</source>
        <translation>Hier gibt es keinen Schlüsselbund: Setzen Sie $%1 (oder die Schlüsselvariable oben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a server found on this machine…</source>
        <translation>Einen auf diesem Rechner gefundenen Server hinzufügen…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved endpoint %1.</source>
        <translation>Endpunkt %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed endpoint %1.</source>
        <translation>Endpunkt %1 entfernt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No network client.</source>
        <translation>Kein Netzwerk-Client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected (key: %1). The server offers %2 model(s): %3</source>
        <translation>Verbunden (Schlüssel: %1). Der Server bietet %2 Modell(e) an: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the endpoint first.</source>
        <translation>Speichern Sie zuerst den Endpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available here. Set the environment variable %1 before starting Rightsize.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar. Setzen Sie die Umgebungsvariable %1, bevor Sie Rightsize starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key for endpoint %1:</source>
        <translation>Schlüssel für Endpunkt %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored the key of %1 in the keychain.</source>
        <translation>Schlüssel von %1 im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>EvalAssertion</name>
    <message>
        <location filename="../core/eval/evalassertion.cpp" line="+581"/>
        <source>unknown assertion type &quot;%1&quot;</source>
        <translation>unbekannter Prüfungstyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>%1: the threshold must be a number</source>
        <translation>%1: Die Schwelle muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: &quot;%2&quot; is not a threshold</source>
        <translation>%1: &quot;%2&quot; ist keine Schwelle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown assertion type &quot;%1&quot; (write &quot;equals: %2&quot; for plain text)</source>
        <translation>unbekannter Prüfungstyp &quot;%1&quot; (schreiben Sie &quot;equals: %2&quot; für reinen Text)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;type&quot; is missing or not text</source>
        <translation>&quot;type&quot; fehlt oder ist kein Text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: field &quot;%2&quot; is not supported</source>
        <translation>%1: Feld &quot;%2&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The assertion %1 is invalid: %2</source>
        <translation>Die Prüfung %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer equals &quot;%1&quot;.</source>
        <translation>Die Antwort ist gleich &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &quot;%1&quot;; the answer was &quot;%2&quot;.</source>
        <translation>Erwartet wurde &quot;%1&quot;; die Antwort war &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>The answer contains &quot;%1&quot;.</source>
        <translation>Die Antwort enthält &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>Expected the answer to contain &quot;%1&quot;; it was &quot;%2&quot;.</source>
        <translation>Erwartet wurde, dass die Antwort &quot;%1&quot; enthält; sie war &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The answer starts with &quot;%1&quot;.</source>
        <translation>Die Antwort beginnt mit &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the answer to start with &quot;%1&quot;; it was &quot;%2&quot;.</source>
        <translation>Erwartet wurde, dass die Antwort mit &quot;%1&quot; beginnt; sie war &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer matches /%1/.</source>
        <translation>Die Antwort passt auf /%1/.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the answer to match /%1/; it was &quot;%2&quot;.</source>
        <translation>Erwartet wurde, dass die Antwort auf /%1/ passt; sie war &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected JSON; the answer was &quot;%1&quot;.</source>
        <translation>Erwartet wurde JSON; die Antwort war &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected JSON matching the schema; %1.</source>
        <translation>Erwartet wurde JSON passend zum Schema; %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer is JSON matching the schema.</source>
        <translation>Die Antwort ist JSON passend zum Schema.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The answer is valid JSON.</source>
        <translation>Die Antwort ist gültiges JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is JSON with %1.</source>
        <translation>Die Antwort ist JSON mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a JSON object with %1; the answer was &quot;%2&quot;.</source>
        <translation>Erwartet wurde ein JSON-Objekt mit %1; die Antwort war &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+467"/>
        <source>no key &quot;%1&quot;</source>
        <translation>kein Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>schema keyword &quot;%1&quot; at %2 is not supported</source>
        <translation>Schema-Schlüsselwort &quot;%1&quot; bei %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schema &quot;type&quot; at %1 must be a string or a list</source>
        <translation>Schema-&quot;type&quot; bei %1 muss eine Zeichenkette oder eine Liste sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown schema type &quot;%1&quot; at %2</source>
        <translation>unbekannter Schema-Typ &quot;%1&quot; bei %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>schema &quot;required&quot; at %1 must be a list of names</source>
        <translation>Schema-&quot;required&quot; bei %1 muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema &quot;%1&quot; at %2 must be a number</source>
        <translation>Schema-&quot;%1&quot; bei %2 muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;enum&quot; at %1 must be a list</source>
        <translation>Schema-&quot;enum&quot; bei %1 muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema &quot;properties&quot; at %1 must be an object</source>
        <translation>Schema-&quot;properties&quot; bei %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema for property &quot;%1&quot; must be an object</source>
        <translation>Das Schema für die Eigenschaft &quot;%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema &quot;items&quot; at %1 must be an object</source>
        <translation>Schema-&quot;items&quot; bei %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+81"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2, nicht %3</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 is %2, not one of %3</source>
        <translation>%1 ist %2, nicht eines von %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, under the minimum %3</source>
        <translation>%1 ist %2, unter dem Minimum %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, over the maximum %3</source>
        <translation>%1 ist %2, über dem Maximum %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no key &quot;%2&quot;</source>
        <translation>%1 hat keinen Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 ist %2, kein Objekt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the list must hold texts</source>
        <translation>die Liste muss Texte enthalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs a list of texts, e.g. &quot;a, b&quot;</source>
        <translation>braucht eine Liste von Texten, z. B. „a, b“</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>needs a text value</source>
        <translation>braucht einen Textwert</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the threshold must not be negative</source>
        <translation>der Schwellenwert darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the threshold must be between 0 and 1</source>
        <translation>die Schwelle muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a regular expression</source>
        <translation>braucht einen regulären Ausdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck &quot;%1&quot;: %2 an Position %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the value must be a JSON Schema object, e.g. {&quot;required&quot;: [&quot;name&quot;]}</source>
        <translation>der Wert muss ein JSON-Schema-Objekt sein, z. B. {&quot;required&quot;: [&quot;name&quot;]}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value is not a valid JSON object</source>
        <translation>der Wert ist kein gültiges JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one key</source>
        <translation>braucht mindestens einen Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key paths must be text</source>
        <translation>Schlüsselpfade müssen Text sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs key paths (a, b.c) or a JSON object of keys and values</source>
        <translation>braucht Schlüsselpfade (a, b.c) oder ein JSON-Objekt aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a key path</source>
        <translation>&quot;%1&quot; ist kein Schlüsselpfad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs {&quot;value&quot;: number, &quot;tolerance&quot;: number}</source>
        <translation>braucht {&quot;value&quot;: number, &quot;tolerance&quot;: number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tolerance must be a number</source>
        <translation>die Toleranz muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number, e.g. 42 or 42 ± 0.5</source>
        <translation>&quot;%1&quot; ist keine Zahl, z. B. 42 oder 42 ± 0.5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs a number, e.g. 42 or 42 ± 0.5</source>
        <translation>braucht eine Zahl, z. B. 42 oder 42 ± 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tolerance must not be negative</source>
        <translation>die Toleranz darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs a limit: a number not below 0</source>
        <translation>braucht eine Grenze: eine Zahl nicht unter 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown assertion</source>
        <translation>unbekannte Prüfung</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>The answer contains all of &quot;%1&quot;.</source>
        <translation>Die Antwort enthält alles aus „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the answer to contain one of &quot;%1&quot;; it was &quot;%2&quot;.</source>
        <translation>Erwartet wurde, dass die Antwort eines von „%1“ enthält; sie lautete „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is %1 edits from &quot;%2&quot;, within %3.</source>
        <translation>Die Antwort ist %1 Änderungen von „%2“ entfernt, innerhalb von %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected at most %1 edits from &quot;%2&quot;; the answer is %3 edits away: &quot;%4&quot;.</source>
        <translation>Erwartet wurden höchstens %1 Änderungen gegenüber „%2“; die Antwort ist %3 Änderungen entfernt: „%4“.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Expected a JSON object with %1; %2.</source>
        <translation>Erwartet wurde ein JSON-Objekt mit %1; %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer&apos;s number is %1.</source>
        <translation>Die Zahl der Antwort ist %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected the number %1; the answer has no number: &quot;%2&quot;.</source>
        <translation>Erwartet wurde die Zahl %1; die Antwort enthält keine Zahl: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer&apos;s number %1 is %2.</source>
        <translation>Die Zahl %1 der Antwort ist %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the number %1; the answer&apos;s number was %2.</source>
        <translation>Erwartet wurde die Zahl %1; die Zahl der Antwort war %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer took %1 ms, within %2 ms.</source>
        <translation>Die Antwort dauerte %1 ms, innerhalb von %2 ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected at most %1 ms; the answer took %2 ms.</source>
        <translation>Erwartet wurden höchstens %1 ms; die Antwort dauerte %2 ms.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost not checked: the answer&apos;s cost is unknown (no catalog price or no token usage).</source>
        <translation>Kosten nicht geprüft: Die Kosten der Antwort sind unbekannt (kein Katalogpreis oder keine Token-Angaben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer cost $%1, within $%2.</source>
        <translation>Die Antwort kostete $%1, innerhalb von $%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected a cost of at most $%1; the answer cost $%2.</source>
        <translation>Erwartet wurden Kosten von höchstens $%1; die Antwort kostete $%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output tokens not checked: the server reported no token usage.</source>
        <translation>Ausgabe-Tokens nicht geprüft: Der Server hat keine Token-Nutzung gemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer used %1 output tokens, within %2.</source>
        <translation>Die Antwort verwendete %1 Ausgabe-Tokens, innerhalb von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected at most %1 output tokens; the answer used %2.</source>
        <translation>Erwartet wurden höchstens %1 Ausgabe-Tokens; die Antwort verwendete %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rubric needs a judge</source>
        <translation>die Rubrik braucht ein Bewertungsmodell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As required, not so: %1</source>
        <translation>Wie gefordert, nicht erfüllt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the opposite: %1</source>
        <translation>Erwartet wurde das Gegenteil: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The judge scored %1 (pass from %2) on &quot;%3&quot;: %4</source>
        <translation>Das Bewertungsmodell vergab %1 (bestanden ab %2) für „%3“: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a judge score of at least %2 on &quot;%3&quot;; the judge scored %1: %4</source>
        <translation>Erwartet wurde eine Bewertung von mindestens %2 für „%3“; das Bewertungsmodell vergab %1: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rubric &quot;%1&quot; not graded: %2</source>
        <translation>Rubrik „%1“ nicht bewertet: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the judge&apos;s reply has no &quot;SCORE: x&quot; line</source>
        <translation>die Antwort des Bewertungsmodells hat keine Zeile „SCORE: x“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the judge&apos;s reply has %1 &quot;SCORE:&quot; lines, not one</source>
        <translation>die Antwort des Bewertungsmodells hat %1 Zeilen „SCORE:“, nicht eine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the judge&apos;s score &quot;%1&quot; is not a number from 0 to 1</source>
        <translation>die Bewertung „%1“ des Bewertungsmodells ist keine Zahl von 0 bis 1</translation>
    </message>
</context>
<context>
    <name>EvalCaseTableModel</name>
    <message>
        <location filename="../ui/models/evalcasetablemodel.cpp" line="+71"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1, assertion line %2: %3</source>
        <translation>%1, Prüfungszeile %2: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the weight must be a number above 0, not “%2”.</source>
        <translation>%1: Das Gewicht muss eine Zahl über 0 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assertions (one per line)</source>
        <translation>Prüfungen (eine pro Zeile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>EvalCasesTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalcasestab.cpp" line="+28"/>
        <source>System prompt (optional)</source>
        <translation>System-Prompt (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt template, e.g. “Answer briefly: {{question}}” — each {{variable}} is a column of the cases</source>
        <translation>Prompt-Vorlage, z. B. „Answer briefly: {{question}}“ – jede {{variable}} ist eine Spalte der Fälle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assertions: one per line, e.g. “contains: Paris”, “icontains: paris”, “regex: ^\d+$”, “is-json”, “llm-rubric: is polite”; plain text means equals</source>
        <translation>Prüfungen: eine pro Zeile, z. B. „contains: Paris“, „icontains: paris“, „regex: ^\d+$“, „is-json“, „llm-rubric: is polite“; reiner Text bedeutet equals</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save set</source>
        <translation>Set speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the cases and the template (Ctrl+S)</source>
        <translation>Die Fälle und die Vorlage speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <location filename="../app/evalcommand.cpp" line="+95"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No evaluation sets or runs yet. Run one with: rightsize eval run --set cases.csv --prompt &quot;Answer: {{question}}&quot; --endpoint NAME</source>
        <translation>Noch keine Evaluierungssets oder -läufe. Starten Sie einen mit: rightsize eval run --set cases.csv --prompt &quot;Answer: {{question}}&quot; --endpoint NAME</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>show %1</source>
        <translation>show %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>export %1</source>
        <translation>export %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export needs --out FILE</source>
        <translation>export braucht --out FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format expects one of: %1</source>
        <translation>--format erwartet eines von: %1</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Measures quality on your own tasks: runs an evaluation set across endpoints and grades every answer.
  eval run --set FILE|NAME --endpoint NAME…   run a set (CSV/JSONL in promptfoo&apos;s layout, or a saved set)
  eval run --resume RUN_ID                    continue a stopped run without repeating finished cases
  eval run --config promptfooconfig.yaml      run a promptfoo configuration (also: eval run FILE.yaml)
  eval import FILE                            save the set(s) of a CSV/JSONL/JSON file or promptfoo config
  eval list                                   saved sets and runs, newest first
  eval show RUN_ID                            a run&apos;s case × endpoint matrix and pass rates
  eval export RUN_ID --out FILE               a run&apos;s results as CSV, JSON, JSONL or promptfoo&apos;s results JSON
Results are stored as they arrive in the history database.
Exit codes: 0 every case passed on every endpoint; 100 the run finished but some case failed or could not
be graded (for CI); 1 the run could not be done or was cancelled; 2 bad usage or a bad set file.</source>
        <translation>Misst die Qualität an Ihren eigenen Aufgaben: führt einen Evaluierungssatz über Endpunkte aus und bewertet jede Antwort.
  eval run --set FILE|NAME --endpoint NAME…   einen Satz ausführen (CSV/JSONL im Aufbau von promptfoo oder ein gespeicherter Satz)
  eval run --resume RUN_ID                    einen angehaltenen Lauf fortsetzen, ohne fertige Fälle zu wiederholen
  eval run --config promptfooconfig.yaml      eine promptfoo-Konfiguration ausführen (auch: eval run FILE.yaml)
  eval import FILE                            die Sätze einer CSV-/JSONL-/JSON-Datei oder promptfoo-Konfiguration speichern
  eval list                                   gespeicherte Sätze und Läufe, neueste zuerst
  eval show RUN_ID                            Matrix Fall × Endpunkt und Bestehensquoten eines Laufs
  eval export RUN_ID --out FILE               die Ergebnisse eines Laufs als CSV, JSON, JSONL oder promptfoo-Ergebnis-JSON
Ergebnisse werden beim Eintreffen in der Verlaufsdatenbank gespeichert.
Exit-Codes: 0 jeder Fall bestand auf jedem Endpunkt; 100 der Lauf endete, aber ein Fall schlug fehl oder konnte nicht
bewertet werden (für CI); 1 der Lauf war nicht möglich oder wurde abgebrochen; 2 falscher Aufruf oder fehlerhafte Satzdatei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>run, list, show, export or import</source>
        <translation>run, list, show, export oder import</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export format: csv, json, jsonl or promptfoo (promptfoo&apos;s results JSON; default: from the file name).</source>
        <translation>Exportformat: csv, json, jsonl oder promptfoo (promptfoos Ergebnis-JSON; Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expects run, list, show RUN_ID, export RUN_ID or import FILE; see &apos;rightsize eval --help&apos;</source>
        <translation>erwartet run, list, show RUN_ID, export RUN_ID oder import FILE; siehe &apos;rightsize eval --help&apos;</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>%1 results written to %2</source>
        <translation>%1 Ergebnisse nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider %1 → your endpoint “%2”</source>
        <translation>Provider %1 → Ihr Endpunkt „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider %1 → %2 (for this run)</source>
        <translation>Provider %1 → %2 (für diesen Lauf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rubric provider → %1</source>
        <translation>Bewertungs-Provider → %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Set “%1”: %2 cases</source>
        <translation>Satz „%1“: %2 Fälle</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Not supported, skipped (%1):</source>
        <translation>Nicht unterstützt, übersprungen (%1):</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved; run with: rightsize eval run %1</source>
        <translation>Gespeichert; ausführen mit: rightsize eval run %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resuming evaluation run %1 of “%2”: %3 of %4 results already stored.</source>
        <translation>Evaluierungslauf %1 von „%2“ wird fortgesetzt: %3 von %4 Ergebnissen bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation run %1 of “%2”: %3 cases × %4 endpoints × %5 = %6 calls. If it is stopped, continue it with: rightsize eval run --resume %1</source>
        <translation>Evaluierungslauf %1 von „%2“: %3 Fälle × %4 Endpunkte × %5 = %6 Aufrufe. Wird er gestoppt, setzen Sie ihn fort mit: rightsize eval run --resume %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The evaluation set: a .csv, .jsonl or .json file (saved by its name), or a saved set&apos;s name.</source>
        <translation>Das Evaluierungsset: eine .csv-, .jsonl- oder .json-Datei (unter ihrem Namen gespeichert) oder der Name eines gespeicherten Sets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A promptfoo configuration (promptfooconfig.yaml): its prompts, providers, tests, defaultTest and evaluateOptions; unsupported parts are listed with their line.</source>
        <translation>Eine promptfoo-Konfiguration (promptfooconfig.yaml): ihre prompts, providers, tests, defaultTest und evaluateOptions; nicht unterstützte Teile werden mit ihrer Zeile aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user prompt template, e.g. &quot;Answer: {{question}}&quot;; needed when the set has none.</source>
        <translation>Die Vorlage für den Benutzer-Prompt, z. B. &quot;Answer: {{question}}&quot;; nötig, wenn das Set keine hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt template (with --prompt).</source>
        <translation>Die Vorlage für den System-Prompt (mit --prompt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configured endpoint (see &apos;rightsize endpoint list&apos;); repeat for several.</source>
        <translation>Ein eingerichteter Endpunkt (siehe &apos;rightsize endpoint list&apos;); für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; repeat for several.</source>
        <translation>Ein Ad-hoc-Endpunkt, z. B. openai:tiny@http://127.0.0.1:8080/v1; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs of every case on every endpoint, to see variance (default 1).</source>
        <translation>Durchläufe jedes Falls auf jedem Endpunkt, um die Streuung zu sehen (Vorgabe 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls in flight at once (default 4).</source>
        <translation>Gleichzeitig laufende Aufrufe (Vorgabe 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint (name or KIND:MODEL@BASE_URL) that grades llm-rubric assertions.</source>
        <translation>Der Endpunkt (Name oder KIND:MODEL@BASE_URL), der Prüfungen vom Typ llm-rubric bewertet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling temperature, 0–2 (default: each endpoint&apos;s own).</source>
        <translation>Sampling-Temperatur, 0–2 (Vorgabe: die jedes Endpunkts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most output tokens per answer.</source>
        <translation>Höchstzahl an Ausgabe-Tokens pro Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a cancelled or interrupted run (see &apos;eval list&apos;).</source>
        <translation>Einen abgebrochenen oder unterbrochenen Lauf fortsetzen (siehe &apos;eval list&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to export to.</source>
        <translation>Die Datei, in die exportiert wird.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 expects one RUN_ID</source>
        <translation>%1 erwartet genau eine RUN_ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import expects one FILE</source>
        <translation>import erwartet genau eine FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>EvalExport</name>
    <message>
        <location filename="../core/eval/evalexport.cpp" line="+204"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EvalMatrixModel</name>
    <message>
        <location filename="../ui/models/evalmatrixmodel.cpp" line="+108"/>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2/%3 · %4</source>
        <translation>%1 %2/%3 · %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 · latency %2 ms · cost %3</source>
        <translation>Wert %1 · Latenz %2 ms · Kosten %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 repeats passed (means shown)</source>
        <translation>%1 von %2 Wiederholungen bestanden (Mittelwerte gezeigt)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
</context>
<context>
    <name>EvalRatingsTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalratingstab.cpp" line="+28"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the votes again and recompute the ratings (F5)</source>
        <translation>Stimmen neu lesen und die Bewertungen neu berechnen (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use as quality</source>
        <translation>Als Qualität verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make these ratings the quality of the models: the cost-versus-quality chart and the recommendation rank by them (ratings are never checked against a minimum accuracy)</source>
        <translation>Diese Bewertungen als Qualität der Modelle verwenden: Das Kosten-Qualitäts-Diagramm und die Empfehlung ordnen danach (Bewertungen werden nie gegen eine Mindestgenauigkeit geprüft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Forget measured quality</source>
        <translation>Gemessene Qualität vergessen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Remove every measured quality (evaluation pass rates and ratings) from the catalog; the public benchmarks are used again</source>
        <translation>Jede gemessene Qualität (Bestehensquoten von Evaluierungen und Bewertungen) aus dem Katalog entfernen; die öffentlichen Benchmarks gelten wieder</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Remove every measured quality (%n measurement(s)) from the catalog? The stored runs and votes stay; you can use them as quality again.</source>
        <translation>
            <numerusform>Die gemessene Qualität (%n Messung) aus dem Katalog entfernen? Die gespeicherten Läufe und Stimmen bleiben; Sie können sie wieder als Qualität verwenden.</numerusform>
            <numerusform>Jede gemessene Qualität (%n Messungen) aus dem Katalog entfernen? Die gespeicherten Läufe und Stimmen bleiben; Sie können sie wieder als Qualität verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No votes yet: vote on the Compare page after a run (blind mode).</source>
        <translation>Noch keine Stimmen: Stimmen Sie auf der Seite „Vergleichen“ nach einem Lauf ab (Blindmodus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history database is open, so there are no votes to rate.</source>
        <translation>Keine Verlaufsdatenbank ist geöffnet, daher gibt es keine Stimmen zu bewerten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Bradley–Terry ratings from %n vote(s) cast on the Compare page.</source>
        <translation>
            <numerusform>Bradley-Terry-Bewertungen aus %n Stimme auf der Seite „Vergleichen“.</numerusform>
            <numerusform>Bradley-Terry-Bewertungen aus %n Stimmen auf der Seite „Vergleichen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Some models won or lost every vote they took part in: their ratings are pulled toward 1000 so that they stay finite; more votes will sharpen them.</source>
        <translation>%1 Einige Modelle haben jede Abstimmung, an der sie beteiligt waren, gewonnen oder verloren: Ihre Bewertungen werden zu 1000 hin gezogen, damit sie endlich bleiben; mehr Stimmen machen sie schärfer.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 %n vote(s) not counted (between two answers of the same model, or of a deleted run).</source>
        <translation>
            <numerusform>%1 %n Stimme nicht gezählt (zwischen zwei Antworten desselben Modells oder aus einem gelöschten Lauf).</numerusform>
            <numerusform>%1 %n Stimmen nicht gezählt (zwischen zwei Antworten desselben Modells oder aus einem gelöschten Lauf).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no ratings yet: vote on the Compare page after a run (blind mode).</source>
        <translation>Es gibt noch keine Bewertungen: Stimmen Sie auf der Seite „Vergleichen“ nach einem Lauf ab (Blindmodus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your pairwise ratings</source>
        <translation>Ihre paarweisen Bewertungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of the rated models is a model of the catalog “%1”, so the ratings cannot become quality scores. Set each endpoint&apos;s catalog model with Endpoints….</source>
        <translation>Keines der bewerteten Modelle ist ein Modell des Katalogs „%1“, daher können die Bewertungen keine Qualitätswerte werden. Legen Sie das Katalogmodell jedes Endpunkts unter „Endpunkte…“ fest.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Quality now measured by %1: %n model(s) rated.</source>
        <translation>
            <numerusform>Qualität jetzt gemessen durch %1: %n Modell bewertet.</numerusform>
            <numerusform>Qualität jetzt gemessen durch %1: %n Modelle bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Not in the catalog: %2.</source>
        <translation>%1 Nicht im Katalog: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 Caution: %n vote(s) prove little: ratings this close to their start are mostly noise. Vote more before deciding.</source>
        <translation>
            <numerusform>%1 Vorsicht: %n Stimme beweist wenig: so nahe am Startwert sind Bewertungen meist Rauschen. Stimmen Sie öfter ab, bevor Sie entscheiden.</numerusform>
            <numerusform>%1 Vorsicht: %n Stimmen beweisen wenig: so nahe am Startwert sind Bewertungen meist Rauschen. Stimmen Sie öfter ab, bevor Sie entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Forgot %n measured quality benchmark(s); the public benchmarks are used again.</source>
        <translation>
            <numerusform>%n gemessener Qualitäts-Benchmark vergessen; die öffentlichen Benchmarks gelten wieder.</numerusform>
            <numerusform>%n gemessene Qualitäts-Benchmarks vergessen; die öffentlichen Benchmarks gelten wieder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalReport</name>
    <message>
        <location filename="../app/evalreport.cpp" line="+54"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Evaluation run %1 · set “%2” · %3 · %4 of %5 results</source>
        <translation>Evaluierungslauf %1 · Set „%2“ · %3 · %4 von %5 Ergebnissen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost/case</source>
        <translation>Kosten/Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failures:</source>
        <translation>Fehlschläge:</translation>
    </message>
</context>
<context>
    <name>EvalRepository</name>
    <message>
        <location filename="../core/store/evalrepository.cpp" line="+158"/>
        <source>Cannot save the evaluation set “%1” in %2: %3</source>
        <translation>Das Evaluierungsset „%1“ kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the set has no name</source>
        <translation>das Set hat keinen Namen</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+13"/>
        <location line="+36"/>
        <source>Cannot read the evaluation set “%1” from %2: %3</source>
        <translation>Das Evaluierungsset „%1“ kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+9"/>
        <source>The evaluation set “%1” in %2, case %3: %4</source>
        <translation>Das Evaluierungsset „%1“ in %2, Fall %3: %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>There is no saved evaluation set named “%1”.</source>
        <translation>Es gibt kein gespeichertes Evaluierungsset namens „%1“.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot read the evaluation sets from %1: %2</source>
        <translation>Die Evaluierungssets können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot delete the evaluation set “%1” from %2: %3</source>
        <translation>Das Evaluierungsset „%1“ kann nicht aus %2 gelöscht werden: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot record the evaluation run of “%1” in %2: %3</source>
        <translation>Der Evaluierungslauf von „%1“ kann nicht in %2 festgehalten werden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot store a result of evaluation run %1 in %2: %3</source>
        <translation>Ein Ergebnis des Evaluierungslaufs %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot mark evaluation run %1 as ended in %2: %3</source>
        <translation>Evaluierungslauf %1 kann in %2 nicht als beendet markiert werden: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+52"/>
        <source>There is no evaluation run %1.</source>
        <translation>Es gibt keinen Evaluierungslauf %1.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Cannot resume evaluation run %1 in %2: %3</source>
        <translation>Evaluierungslauf %1 kann in %2 nicht fortgesetzt werden: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot delete evaluation run %1 from %2: %3</source>
        <translation>Evaluierungslauf %1 kann nicht aus %2 gelöscht werden: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+88"/>
        <source>Cannot read the results of evaluation run %1 from %2: %3</source>
        <translation>Die Ergebnisse des Evaluierungslaufs %1 können nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cannot read the evaluation runs from %1: %2</source>
        <translation>Die Evaluierungsläufe können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Cannot read evaluation run %1 from %2: %3</source>
        <translation>Evaluierungslauf %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>evaluation run %1</source>
        <translation>Evaluierungslauf %1</translation>
    </message>
</context>
<context>
    <name>EvalResultsTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalresultstab.cpp" line="+61"/>
        <source>Stored runs of the selected set, newest first</source>
        <translation>Gespeicherte Läufe des ausgewählten Sets, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue this run: only the cases without a result are sent</source>
        <translation>Diesen Lauf fortsetzen: Nur die Fälle ohne Ergebnis werden gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another run of the same set, to see which cases flipped</source>
        <translation>Ein weiterer Lauf desselben Sets, um zu sehen, welche Fälle umgeschlagen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as quality</source>
        <translation>Als Qualität verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this run&apos;s pass rates the quality of the endpoints&apos; catalog models: the recommendation&apos;s accuracy check and the cost-versus-quality chart use them</source>
        <translation>Die Bestehensquoten dieses Laufs zur Qualität der Katalogmodelle der Endpunkte machen: Die Genauigkeitsprüfung der Empfehlung und das Diagramm Kosten gegenüber Qualität verwenden sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter cases by metadata, e.g. category=geography</source>
        <translation>Fälle nach Metadaten filtern, z. B. category=geography</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the cases whose metadata (promptfoo&apos;s metadata, or a CSV __metadata:NAME column) has NAME=value, or contains the text</source>
        <translation>Zeigt nur die Fälle, deren Metadaten (promptfoos metadata oder eine CSV-Spalte __metadata:NAME) NAME=Wert haben oder den Text enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this run&apos;s results as CSV, JSON, JSON Lines, or promptfoo&apos;s results JSON (for promptfoo&apos;s viewer and CI tooling)</source>
        <translation>Die Ergebnisse dieses Laufs als CSV, JSON, JSON Lines oder promptfoo-Ergebnis-JSON speichern (für promptfoos Viewer und CI-Werkzeuge)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Click a cell to see the prompt, the answer and why it passed or failed.</source>
        <translation>Klicken Sie auf eine Zelle, um den Prompt, die Antwort und den Grund für Bestehen oder Scheitern zu sehen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot list the runs of “%1”: %2</source>
        <translation>Die Läufe von „%1“ können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · %2 · %3 of %4 passed · %5</source>
        <translation>#%1 · %2 · %3 von %4 bestanden · %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Import an evaluation set (Ctrl+I) or create one with New, then check endpoints and press Run (Ctrl+Return).</source>
        <translation>Importieren Sie ein Evaluierungsset (Strg+I) oder legen Sie mit „Neu“ eines an, markieren Sie dann Endpunkte und drücken Sie „Ausführen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No runs of “%1” yet: check endpoints on the left and press Run (Ctrl+Return).</source>
        <translation>Noch keine Läufe von „%1“: Markieren Sie links Endpunkte und drücken Sie „Ausführen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+168"/>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with run #%1</source>
        <translation>Mit Lauf #%1 vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run #%1 of “%2”, started %3 · repeat ×%4 · %5 of %6 results</source>
        <translation>Lauf #%1 von „%2“, gestartet %3 · Wiederholung ×%4 · %5 von %6 Ergebnissen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — incomplete: Resume run sends only the cases without a result.</source>
        <translation>%1 – unvollständig: „Lauf fortsetzen“ sendet nur die Fälle ohne Ergebnis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run of “%1” in progress</source>
        <translation>Lauf von „%1“ läuft</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The summary covers the %1 of %2 cases the filter shows; clear the filter for the whole run. Use as quality and Compare with… always count every case.</source>
        <translation>Die Zusammenfassung umfasst die %1 von %2 Fällen, die der Filter zeigt; leeren Sie den Filter für den ganzen Lauf. „Als Qualität verwenden“ und „Vergleichen mit…“ zählen immer jeden Fall.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat %1: %2</source>
        <translation>Wiederholung %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score %1 · %2 ms · %3</source>
        <translation>Wert %1 · %2 ms · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call failed: %1</source>
        <translation>Aufruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run #%1 → run #%2: %3 case(s) now fail, %4 now pass, %5 unchanged.</source>
        <translation>Lauf #%1 → Lauf #%2: %3 Fall/Fälle scheitern jetzt, %4 bestehen jetzt, %5 unverändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The set changed between these runs; cases are matched by position.</source>
        <translation>Das Set hat sich zwischen diesen Läufen geändert; Fälle werden nach Position zugeordnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed before, fail now:</source>
        <translation>Vorher bestanden, jetzt gescheitert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed before, pass now:</source>
        <translation>Vorher gescheitert, jetzt bestanden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 % → %3 % (%4 points)</source>
        <translation>%1: %2 % → %3 % (%4 Punkte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass rates:</source>
        <translation>Bestehensquoten:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show a run with results first.</source>
        <translation>Zeigen Sie zuerst einen Lauf mit Ergebnissen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of this run&apos;s endpoints names a model of the catalog “%1”, so its pass rates cannot become quality scores. Set each endpoint&apos;s catalog model with Endpoints….</source>
        <translation>Keiner der Endpunkte dieses Laufs nennt ein Modell des Katalogs „%1“, daher können seine Bestehensquoten keine Qualitätswerte werden. Legen Sie das Katalogmodell jedes Endpunkts über „Endpunkte…“ fest.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Quality now measured by %1: %n model(s) scored. The recommendation&apos;s accuracy check and the cost-versus-quality chart use it; models without a score there are marked unknown.</source>
        <translation>
            <numerusform>Qualität jetzt gemessen durch %1: %n Modell bewertet. Die Genauigkeitsprüfung der Empfehlung und das Diagramm Kosten gegenüber Qualität verwenden sie; Modelle ohne Wert dort werden als unbekannt markiert.</numerusform>
            <numerusform>Qualität jetzt gemessen durch %1: %n Modelle bewertet. Die Genauigkeitsprüfung der Empfehlung und das Diagramm Kosten gegenüber Qualität verwenden sie; Modelle ohne Wert dort werden als unbekannt markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Not scored: %2.</source>
        <translation>%1 Nicht bewertet: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 Caution: %n case(s) prove little: the 95 % intervals are wide, so a difference smaller than them is noise. Add cases before deciding.</source>
        <translation>
            <numerusform>%1 Vorsicht: %n Fall beweist wenig: die 95-%-Intervalle sind breit, ein kleinerer Unterschied ist Rauschen. Fügen Sie Fälle hinzu, bevor Sie entscheiden.</numerusform>
            <numerusform>%1 Vorsicht: %n Fälle beweisen wenig: die 95-%-Intervalle sind breit, ein kleinerer Unterschied ist Rauschen. Fügen Sie Fälle hinzu, bevor Sie entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No run with results is shown: there is nothing to export.</source>
        <translation>Es wird kein Lauf mit Ergebnissen angezeigt: nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>promptfoo results (*.json)</source>
        <translation>promptfoo-Ergebnisse (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export to %1: the name must end in .csv, .json or .jsonl.</source>
        <translation>Export nach %1 nicht möglich: der Name muss auf .csv, .json oder .jsonl enden.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n result(s) written to %1</source>
        <translation>
            <numerusform>%n Ergebnis nach %1 geschrieben</numerusform>
            <numerusform>%n Ergebnisse nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalRunArguments</name>
    <message>
        <location filename="../app/evalrunarguments.cpp" line="+44"/>
        <source>unknown endpoint “%1”: none is configured (see &apos;rightsize endpoint add&apos;)</source>
        <translation>unbekannter Endpunkt „%1“: keiner ist eingerichtet (siehe &apos;rightsize endpoint add&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown endpoint “%1”; configured: %2</source>
        <translation>unbekannter Endpunkt „%1“; eingerichtet: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 expects a whole number from 1 to %2, not “%3”</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set “%1” is neither a file nor a saved set (saved sets: %2)</source>
        <translation>--set „%1“ ist weder eine Datei noch ein gespeichertes Set (gespeicherte Sets: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run needs --set FILE|NAME (a .csv, .jsonl or .json file, or a saved set)</source>
        <translation>run braucht --set FILE|NAME (eine .csv-, .jsonl- oder .json-Datei oder ein gespeichertes Set)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--system needs --prompt too</source>
        <translation>--system braucht auch --prompt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the set “%1” has no cases</source>
        <translation>das Set „%1“ hat keine Fälle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the set “%1” has no prompt template; give one with --prompt, e.g. --prompt &quot;Answer: {{question}}&quot;</source>
        <translation>das Set „%1“ hat keine Prompt-Vorlage; geben Sie eine mit --prompt an, z. B. --prompt &quot;Answer: {{question}}&quot;</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>--temperature expects a number from 0 to 2</source>
        <translation>--temperature erwartet eine Zahl von 0 bis 2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL</source>
        <translation>nennen Sie mindestens einen --endpoint NAME oder ein --target KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is named twice</source>
        <translation>„%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+98"/>
        <source>--judge: %1</source>
        <translation>--judge: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 has an llm-rubric assertion: name the endpoint that grades it with --judge NAME</source>
        <translation>%1 hat eine Prüfung vom Typ llm-rubric: Nennen Sie mit --judge NAME den Endpunkt, der sie bewertet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--resume continues a run as it was started: --%1 cannot change it</source>
        <translation>--resume setzt einen Lauf so fort, wie er gestartet wurde: --%1 kann ihn nicht ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--resume %1</source>
        <translation>--resume %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluation run %1 has finished; there is nothing to resume</source>
        <translation>Evaluierungslauf %1 ist beendet; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation run %1 is still running in another Rightsize</source>
        <translation>Evaluierungslauf %1 läuft noch in einer anderen Rightsize-Instanz</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--config runs the configuration&apos;s prompts, tests and providers: --%1 cannot be added to it</source>
        <translation>--config führt die Prompts, Tests und Provider der Konfiguration aus: --%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has an llm-rubric assertion: set defaultTest.options.provider in the configuration or name the endpoint that grades it with --judge NAME</source>
        <translation>%1 hat eine llm-rubric-Prüfung: setzen Sie defaultTest.options.provider in der Konfiguration oder nennen Sie den bewertenden Endpunkt mit --judge NAME</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expects a RUN_ID number, not “%1”</source>
        <translation>erwartet eine Zahl RUN_ID, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>EvalRunTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalruntab.cpp" line="+48"/>
        <location line="+45"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No endpoints yet. Add endpoints with Endpoints… below (or File → Endpoints…).</source>
        <translation>Noch keine Endpunkte. Fügen Sie Endpunkte über „Endpunkte…“ unten hinzu (oder Datei → Endpunkte…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints…</source>
        <translation>Endpunkte…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The endpoint that grades llm-rubric assertions (score 0–1); its cost is counted</source>
        <translation>Der Endpunkt, der Prüfungen vom Typ llm-rubric bewertet (Wert 0–1); seine Kosten werden mitgezählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs of every case on every endpoint, to see how much answers vary</source>
        <translation>Durchläufe jedes Falls auf jedem Endpunkt, um zu sehen, wie stark die Antworten schwanken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls in flight at once, across all endpoints</source>
        <translation>Gleichzeitig laufende Aufrufe über alle Endpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Bewertungsmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the selected set on the checked endpoints (Ctrl+Return)</source>
        <translation>Das ausgewählte Set auf den markierten Endpunkten ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+191"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run; the results so far are kept and it can be resumed (Esc)</source>
        <translation>Den Lauf anhalten; die bisherigen Ergebnisse bleiben erhalten und er kann fortgesetzt werden (Esc)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No judge</source>
        <translation>Kein Bewertungsmodell</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+47"/>
        <source>An evaluation is already running: wait for it, or cancel it (Esc).</source>
        <translation>Eine Evaluierung läuft bereits: Warten Sie darauf oder brechen Sie sie ab (Esc).</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Choose an evaluation set first, or import one (Ctrl+I).</source>
        <translation>Wählen Sie zuerst ein Evaluierungsset oder importieren Sie eines (Strg+I).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set “%1” has no cases: add some on the Cases tab.</source>
        <translation>Das Set „%1“ hat keine Fälle: Fügen Sie auf der Registerkarte „Fälle“ welche hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The set “%1” has no prompt template: write one on the Cases tab, e.g. “Answer briefly: {{question}}”.</source>
        <translation>Das Set „%1“ hat keine Prompt-Vorlage: Schreiben Sie eine auf der Registerkarte „Fälle“, z. B. „Answer briefly: {{question}}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The set “%1” cannot fill its template: %2</source>
        <translation>Das Set „%1“ kann seine Vorlage nicht füllen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No endpoints yet: add one with Endpoints….</source>
        <translation>Noch keine Endpunkte: Fügen Sie einen über „Endpunkte…“ hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one endpoint to run the set on.</source>
        <translation>Markieren Sie mindestens einen Endpunkt, auf dem das Set laufen soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The set “%1” has llm-rubric assertions: choose a judge endpoint to grade them.</source>
        <translation>Das Set „%1“ hat Prüfungen vom Typ llm-rubric: Wählen Sie einen Endpunkt als Bewertungsmodell, um sie zu bewerten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run #%1 cannot be resumed: it is %2.</source>
        <translation>Lauf #%1 kann nicht fortgesetzt werden: Er ist %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking up API keys…</source>
        <translation>API-Schlüssel werden nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 · ETA %3</source>
        <translation>%1 von %2 · noch %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 · estimating time left…</source>
        <translation>%1 von %2 · Restzeit wird geschätzt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · paused</source>
        <translation>%1 · angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already done before, not sent again</source>
        <translation>
            <numerusform>%n bereits zuvor erledigt, nicht erneut gesendet</numerusform>
            <numerusform>%n bereits zuvor erledigt, nicht erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the remaining cases again (Ctrl+P)</source>
        <translation>Die verbleibenden Fälle wieder senden (Strg+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no new calls; those in flight finish (Ctrl+P)</source>
        <translation>Keine neuen Aufrufe senden; laufende werden beendet (Strg+P)</translation>
    </message>
</context>
<context>
    <name>EvalRunner</name>
    <message>
        <location filename="../core/eval/evalrunner.cpp" line="+123"/>
        <source>An evaluation is already running.</source>
        <translation>Es läuft bereits eine Evaluierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: no chat client.</source>
        <translation>Evaluierung %1 kann nicht ausgeführt werden: kein Chat-Client.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot run evaluation %1: the set has no cases.</source>
        <translation>Evaluierung %1 kann nicht ausgeführt werden: Das Set hat keine Fälle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: no endpoints chosen.</source>
        <translation>Evaluierung %1 kann nicht ausgeführt werden: keine Endpunkte gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: two endpoints have the same name.</source>
        <translation>Evaluierung %1 kann nicht ausgeführt werden: Zwei Endpunkte haben denselben Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: the set has no prompt template; give one, e.g. &quot;Answer: {{question}}&quot;.</source>
        <translation>Evaluierung %1 kann nicht ausgeführt werden: Das Set hat keine Prompt-Vorlage; geben Sie eine an, z. B. &quot;Answer: {{question}}&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run evaluation %1: %2</source>
        <translation>Evaluierung %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>no judge endpoint is chosen</source>
        <translation>kein Endpunkt für das Bewertungsmodell gewählt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the judge %1 did not answer: %2</source>
        <translation>das Bewertungsmodell %1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>EvalSession</name>
    <message>
        <location filename="../core/eval/evalsession.cpp" line="+94"/>
        <source>Cannot run evaluation %1: %2 has an llm-rubric assertion and no judge endpoint is chosen.</source>
        <translation>Evaluation %1 kann nicht laufen: %2 hat eine llm-rubric-Prüfung, und kein Bewerter-Endpunkt ist gewählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An evaluation is already running.</source>
        <translation>Es läuft bereits eine Evaluierung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot resume run #%1: %2</source>
        <translation>Lauf #%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The history database was closed before the run started.</source>
        <translation>Die Verlaufsdatenbank wurde geschlossen, bevor der Lauf begann.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot store the run: %1</source>
        <translation>Der Lauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A result could not be stored, so this run cannot be resumed completely: %1</source>
        <translation>Ein Ergebnis konnte nicht gespeichert werden, daher kann dieser Lauf nicht vollständig fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The run&apos;s end could not be stored: %1</source>
        <translation>Das Ende des Laufs konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run&apos;s end could not be stored: the history database was closed.</source>
        <translation>Das Ende des Laufs konnte nicht gespeichert werden: Die Verlaufsdatenbank wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>EvalSet</name>
    <message>
        <location filename="../core/eval/evalset.cpp" line="+42"/>
        <source>the template uses {{%1}} but there is no variable &quot;%1&quot;</source>
        <translation>die Vorlage verwendet {{%1}}, aber es gibt keine Variable &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the template uses {{%2}} but the case has no variable &quot;%2&quot;</source>
        <translation>%1: Die Vorlage verwendet {{%2}}, aber der Fall hat keine Variable &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>EvalSetFormat</name>
    <message>
        <location filename="../core/eval/evalsetformat.cpp" line="+29"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 line %2: %3: %4</source>
        <translation>%1 Zeile %2: %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation>%1: Die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the template uses {{%1}} but the case has no variable &quot;%1&quot;</source>
        <translation>die Vorlage verwendet {{%1}}, aber der Fall hat keine Variable &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>column %1: text after a closing quote (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>Spalte %1: Text nach einem schließenden Anführungszeichen (schreiben Sie &quot;&quot; für ein Anführungszeichen in einem Feld in Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>Spalte %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: field not supported (known: %2)</source>
        <translation>%1: Feld nicht unterstützt (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>description: must be text</source>
        <translation>description: muss Text sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected: must be text</source>
        <translation>expected: muss Text sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vars: must be an object of names and values</source>
        <translation>vars: muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vars.%1: must be text, a number or true/false</source>
        <translation>vars.%1: muss Text, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assert: must be a list of assertions</source>
        <translation>assert: muss eine Liste von Prüfungen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assert[%1]: must be an object with &quot;type&quot; and &quot;value&quot;</source>
        <translation>assert[%1]: muss ein Objekt mit &quot;type&quot; und &quot;value&quot; sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assert[%1]: %2</source>
        <translation>assert[%1]: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight: must be a number above 0</source>
        <translation>weight: muss eine Zahl über 0 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>threshold: must be a number</source>
        <translation>threshold: muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata: must be an object of names and values</source>
        <translation>metadata: muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>options: must be an object</source>
        <translation>options: muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>options.%1: must be text</source>
        <translation>options.%1: muss Text sein</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: the file is empty; expected a header row naming the columns</source>
        <translation>%1: Die Datei ist leer; erwartet wurde eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>column %1 has no name</source>
        <translation>Spalte %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>column &quot;%1&quot; sets the threshold of &quot;%2&quot;, but there is no such column</source>
        <translation>Spalte „%1“ setzt den Schwellenwert von „%2“, aber diese Spalte gibt es nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1&quot; names no metadata key</source>
        <translation>Spalte „%1“ nennt keinen Metadatenschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column &quot;%1&quot; is not supported (use __expected, __expectedN, __description, __weight, __threshold, __prefix, __suffix, __metadata:NAME or __config:__expectedN:threshold)</source>
        <translation>Spalte „%1“ wird nicht unterstützt (verwenden Sie __expected, __expectedN, __description, __weight, __threshold, __prefix, __suffix, __metadata:NAME oder __config:__expectedN:threshold)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 fields, but the header names %2 columns</source>
        <translation>%1 Felder, aber die Kopfzeile nennt %2 Spalten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a number above 0</source>
        <translation>&quot;%1&quot; ist keine Zahl über 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: no cases, only a header row</source>
        <translation>%1: keine Fälle, nur eine Kopfzeile</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>assert[%1]: %2 needs a &quot;threshold&quot; (promptfoo reads the limit from it, not from &quot;value&quot;), e.g. {&quot;type&quot;: &quot;%2&quot;, &quot;threshold&quot;: %3}</source>
        <translation>assert[%1]: %2 braucht einen &quot;threshold&quot; (promptfoo liest die Grenze daraus, nicht aus &quot;value&quot;), z. B. {&quot;type&quot;: &quot;%2&quot;, &quot;threshold&quot;: %3}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected one JSON object per line, e.g. {&quot;vars&quot;: {…}, &quot;assert&quot;: […]}</source>
        <translation>erwartet wurde ein JSON-Objekt pro Zeile, z. B. {&quot;vars&quot;: {…}, &quot;assert&quot;: […]}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file has no cases</source>
        <translation>%1: Die Datei hat keine Fälle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read evaluation set %1: %2</source>
        <translation>Evaluierungsset %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read evaluation set %1: unknown file type (expected .csv, .jsonl or .json)</source>
        <translation>Evaluierungsset %1 kann nicht gelesen werden: unbekannter Dateityp (erwartet .csv, .jsonl oder .json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot load evaluation set %1: %2</source>
        <translation>Evaluierungsset %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Rightsize evaluation set (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>kein Rightsize-Evaluierungsset (&quot;format&quot; ist nicht &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not supported (this build reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (diese Version liest Version %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;name&quot;: required but missing</source>
        <translation>Feld &quot;name&quot;: erforderlich, fehlt aber</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cases[%1].%2</source>
        <translation>cases[%1].%2</translation>
    </message>
</context>
<context>
    <name>EvalSetsTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalsetstab.cpp" line="+28"/>
        <source>Evaluation sets</source>
        <translation>Evaluierungssets</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty set and write its cases on the Cases tab</source>
        <translation>Ein leeres Set beginnen und seine Fälle auf der Registerkarte „Fälle“ schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected set (its stored runs stay)</source>
        <translation>Das ausgewählte Set löschen (seine gespeicherten Läufe bleiben)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot list the evaluation sets: %1</source>
        <translation>Die Evaluierungssets können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evaluation sets yet. Import a CSV (promptfoo layout: one column per variable, __expected for checks such as “contains: Paris”), a JSONL or a JSON file — or drop one here.</source>
        <translation>Noch keine Evaluierungssets. Importieren Sie eine CSV-Datei (promptfoo-Aufbau: eine Spalte pro Variable, __expected für Prüfungen wie „contains: Paris“), eine JSONL- oder eine JSON-Datei – oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the set “%1”: %2</source>
        <translation>Das Set „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to “%1” first?</source>
        <translation>Die Änderungen an „%1“ zuerst speichern?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot save the set from %1: the history database is not open.</source>
        <translation>Das Set aus %1 kann nicht gespeichert werden: Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+52"/>
        <source>Cannot save the set “%1”: %2</source>
        <translation>Das Set „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-87"/>
        <source>Imported “%1”: %n case(s).</source>
        <translation>
            <numerusform>„%1“ importiert: %n Fall.</numerusform>
            <numerusform>„%1“ importiert: %n Fälle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import evaluation sets</source>
        <translation>Evaluierungssets importieren</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Import a set from a CSV, JSONL or JSON file or a promptfoo configuration (.yaml) (Ctrl+I); you can also drop files here</source>
        <translation>Einen Satz aus einer CSV-, JSONL- oder JSON-Datei oder einer promptfoo-Konfiguration (.yaml) importieren (Strg+I); Dateien können auch hier abgelegt werden</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No prompt template in %1: each case sends its “%2” as the prompt. Edit the template on the Cases tab.</source>
        <translation>Keine Prompt-Vorlage in %1: jeder Fall sendet sein „%2“ als Prompt. Bearbeiten Sie die Vorlage im Tab „Fälle“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skipped (not supported):</source>
        <translation>Übersprungen (nicht unterstützt):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluation sets (*.csv *.jsonl *.ndjson *.json *.yaml *.yml);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson);;Rightsize JSON (*.json);;promptfoo configuration (*.yaml *.yml)</source>
        <translation>Evaluierungssätze (*.csv *.jsonl *.ndjson *.json *.yaml *.yml);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson);;Rightsize-JSON (*.json);;promptfoo-Konfiguration (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create a set: the history database is not open.</source>
        <translation>Es kann kein Set angelegt werden: Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New set</source>
        <translation>Neues Set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New set %1</source>
        <translation>Neues Set %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot delete the set “%1”: %2</source>
        <translation>Das Set „%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the set “%1”; its runs stay in the history.</source>
        <translation>Das Set „%1“ wurde gelöscht; seine Läufe bleiben im Verlauf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete set</source>
        <translation>Set löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the evaluation set “%1”? Its stored runs stay.</source>
        <translation>Das Evaluierungsset „%1“ löschen? Seine gespeicherten Läufe bleiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No set is selected.</source>
        <translation>Kein Set ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the set “%1”: the history database is not open.</source>
        <translation>Das Set „%1“ kann nicht gespeichert werden: Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The set needs a name.</source>
        <translation>Das Set braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A set named “%1” exists already; choose another name.</source>
        <translation>Ein Set namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as “%1”, but the old set “%2” could not be removed: %3</source>
        <translation>Als „%1“ gespeichert, aber das alte Set „%2“ konnte nicht entfernt werden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the set “%1”.</source>
        <translation>Das Set „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>EvalSummaryModel</name>
    <message>
        <location filename="../ui/models/evalsummarymodel.cpp" line="+32"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>95 % Wilson interval of the pass rate over %n results</source>
        <translation>
            <numerusform>95-%-Wilson-Intervall der Bestehensquote über %n Ergebnis</numerusform>
            <numerusform>95-%-Wilson-Intervall der Bestehensquote über %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 results priced (the endpoint&apos;s catalog model has no price, or the server sent no usage)</source>
        <translation>%1 von %2 Ergebnissen mit Preis (das Katalogmodell des Endpunkts hat keinen Preis, oder der Server hat keine Nutzung gesendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This endpoint names no catalog model: its results cannot become a quality score</source>
        <translation>Dieser Endpunkt nennt kein Katalogmodell: Seine Ergebnisse können kein Qualitätswert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog model</source>
        <translation>Katalogmodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per case</source>
        <translation>Kosten pro Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50 latency</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 latency</source>
        <translation>Latenz p95</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../ui/pages/evaluationspage.cpp" line="+130"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>C&amp;ases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Ra&amp;tings</source>
        <translation>Bewer&amp;tungen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The history database could not be opened, so sets cannot be stored: %1. The History page offers to open another file.</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden, daher können keine Sets gespeichert werden: %1. Die Seite „Verlauf“ bietet an, eine andere Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database: sets cannot be stored.</source>
        <translation>Keine Datenbank: Sets können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>C&amp;ases *</source>
        <translation>&amp;Fälle *</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: %1 of %2 results passed; resume the run to finish it.</source>
        <translation>Abgebrochen: %1 von %2 Ergebnissen bestanden; setzen Sie den Lauf fort, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1 of %2 results passed.</source>
        <translation>Fertig: %1 von %2 Ergebnissen bestanden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run #%1 of “%2” was interrupted after %3 of %4 results. Resume it to send only the rest.</source>
        <translation>Lauf #%1 von „%2“ wurde nach %3 von %4 Ergebnissen unterbrochen. Setzen Sie ihn fort, um nur den Rest zu senden.</translation>
    </message>
</context>
<context>
    <name>HistoryAggregateModel</name>
    <message>
        <location filename="../ui/models/historyaggregatemodel.cpp" line="+50"/>
        <source>At today&apos;s catalog prices; the run-time prices gave %1.</source>
        <translation>Zu den heutigen Katalogpreisen; die Preise zur Laufzeit ergaben %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as at run time.</source>
        <translation>Wie zur Laufzeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency median ms</source>
        <translation>Latenz Median ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency p95 ms</source>
        <translation>Latenz p95 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT median ms</source>
        <translation>TTFT Median ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT p95 ms</source>
        <translation>TTFT p95 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost/request</source>
        <translation>Kosten/Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost today</source>
        <translation>Kosten heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost/request today</source>
        <translation>Kosten/Anfrage heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/historycommand.cpp" line="+71"/>
        <source>--limit expects a positive whole number, not “%1”</source>
        <translation>--limit erwartet eine positive ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>show expects a RUN_ID number, not “%1”</source>
        <translation>show erwartet eine Zahl RUN_ID, nicht „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 · %2 · %3</source>
        <translation>Lauf %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ttft %1 ms · latency %2 ms · tokens %3 in, %4 out · cost %5 · attempts %6</source>
        <translation>TTFT %1 ms · Latenz %2 ms · Tokens %3 ein, %4 aus · Kosten %5 · Versuche %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export needs --out FILE</source>
        <translation>export braucht --out FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format expects csv, json or jsonl</source>
        <translation>--format erwartet csv, json oder jsonl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 runs written to %2</source>
        <translation>%1 Läufe nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history database file (default: %1).</source>
        <translation>Die Datei der Verlaufsdatenbank (Vorgabe: %1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not keep this run in the history database.</source>
        <translation>Diesen Lauf nicht in der Verlaufsdatenbank aufbewahren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rightsize compare: the run is not stored: %1</source>
        <translation>rightsize compare: Der Lauf wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored comparison runs.
  history list                       newest runs first
  history show RUN_ID                one run with its responses
  history export --out FILE          runs as CSV, JSON or JSONL</source>
        <translation>Die gespeicherten Vergleichsläufe.
  history list                       neueste Läufe zuerst
  history show RUN_ID                ein Lauf mit seinen Antworten
  history export --out FILE          Läufe als CSV, JSON oder JSONL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show or export</source>
        <translation>list, show oder export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many runs to list (default 20).</source>
        <translation>Wie viele Läufe aufgelistet werden (Vorgabe 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only runs whose prompt or responses contain all these words.</source>
        <translation>Nur Läufe, deren Prompt oder Antworten alle diese Wörter enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only runs with a response from this model.</source>
        <translation>Nur Läufe mit einer Antwort dieses Modells.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs with a response from this endpoint.</source>
        <translation>Nur Läufe mit einer Antwort dieses Endpunkts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export format: csv, json or jsonl (default: from the file name).</source>
        <translation>Exportformat: csv, json oder jsonl (Vorgabe: aus dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to export to.</source>
        <translation>Die Datei, in die exportiert wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expects list, show RUN_ID or export; see &apos;rightsize history --help&apos;</source>
        <translation>erwartet list, show RUN_ID oder export; siehe &apos;rightsize history --help&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show expects one RUN_ID</source>
        <translation>show erwartet genau eine RUN_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="+96"/>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a fresh history</source>
        <translation>Neuen Verlauf beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates a new history file beside the one that could not be opened, which is left as it is.</source>
        <translation>Legt eine neue Verlaufsdatei neben der an, die nicht geöffnet werden konnte; diese bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search prompts and answers</source>
        <translation>Prompts und Antworten durchsuchen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voted</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <location line="+443"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Every word must occur in the prompt or in one answer (Ctrl+F)</source>
        <translation>Jedes Wort muss im Prompt oder in einer Antwort vorkommen (Strg+F)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Per endpoint over the selection (or every run shown when none is selected)</source>
        <translation>Je Endpunkt über die Auswahl (oder über alle angezeigten Läufe, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-price with today&apos;s catalog</source>
        <translation>Mit heutigem Katalog neu bepreisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows each cost at the current catalog&apos;s prices beside the price used at run time.</source>
        <translation>Zeigt alle Kosten zu den Preisen des aktuellen Katalogs neben dem Preis zur Laufzeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected runs, or every run shown, as CSV, JSON or JSONL</source>
        <translation>Die ausgewählten Läufe oder alle gezeigten Läufe als CSV, JSON oder JSONL</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+64"/>
        <source>History file: %1</source>
        <translation>Verlaufsdatei: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>%n answer(s) were still streaming when Rightsize last stopped; they are kept and marked interrupted.</source>
        <translation>
            <numerusform>%n Antwort lief noch, als Rightsize zuletzt beendet wurde; sie wird aufbewahrt und als unterbrochen markiert.</numerusform>
            <numerusform>%n Antworten liefen noch, als Rightsize zuletzt beendet wurde; sie werden aufbewahrt und als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+306"/>
        <location line="+43"/>
        <source>No history database is open.</source>
        <translation>Keine Verlaufsdatenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>The run history cannot be shown.

%1

The file was not changed. Open another history file, or start a fresh one beside it.</source>
        <translation>Der Verlauf kann nicht angezeigt werden.

%1

Die Datei wurde nicht verändert. Öffnen Sie eine andere Verlaufsdatei oder beginnen Sie daneben eine neue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database %1 is not open.</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open history file</source>
        <translation>Verlaufsdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Any endpoint</source>
        <translation>Jeder Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (today %2)</source>
        <translation>%1 (heute %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First token %1 ms · latency %2 ms · %3 tokens out · cost %4 · attempts %5</source>
        <translation>Erstes Token %1 ms · Latenz %2 ms · %3 Tokens aus · Kosten %4 · Versuche %5</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n run(s) among the newest matches; add words to find older ones</source>
        <translation>
            <numerusform>%n Lauf unter den neuesten Treffern; fügen Sie Wörter hinzu, um ältere zu finden</numerusform>
            <numerusform>%n Läufe unter den neuesten Treffern; fügen Sie Wörter hinzu, um ältere zu finden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs yet. Run a comparison on the Compare page (Ctrl+3): every run is kept here, with its answers, timings and costs, to search, compare and export.</source>
        <translation>Noch keine Läufe. Führen Sie auf der Seite „Vergleichen“ (Strg+3) einen Vergleich aus: Jeder Lauf wird hier mit seinen Antworten, Zeiten und Kosten aufbewahrt, zum Suchen, Vergleichen und Exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No run matches these filters. Clear the search or choose &quot;Any&quot; in the filters to see more.</source>
        <translation>Kein Lauf passt auf diese Filter. Leeren Sie die Suche oder wählen Sie in den Filtern „Jeder“, um mehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n run(s) deleted.</source>
        <translation>
            <numerusform>%n Lauf gelöscht.</numerusform>
            <numerusform>%n Läufe gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Delete %n run(s) with their answers, votes and ratings? This cannot be undone; export them first to keep a copy.</source>
        <translation>
            <numerusform>%n Lauf mit Antworten, Stimmen und Bewertungen löschen? Dies kann nicht rückgängig gemacht werden; exportieren Sie ihn vorher, um eine Kopie zu behalten.</numerusform>
            <numerusform>%n Läufe mit ihren Antworten, Stimmen und Bewertungen löschen? Dies kann nicht rückgängig gemacht werden; exportieren Sie sie vorher, um eine Kopie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot export to %1: the name must end in .csv, .json or .jsonl.</source>
        <translation>Export nach %1 nicht möglich: Der Name muss auf .csv, .json oder .jsonl enden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Export runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs written to %1</source>
        <translation>Läufe nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/historytablemodel.cpp" line="+191"/>
        <source>%1, %n cancelled</source>
        <translation>
            <numerusform>%1, %n abgebrochen</numerusform>
            <numerusform>%1, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slowest ms</source>
        <translation>Langsamste ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First token ms</source>
        <translation>Erstes Token ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>HybridRouter</name>
    <message>
        <location filename="../core/routing/hybridrouter.cpp" line="+35"/>
        <source>%1: the chat client is gone</source>
        <translation>%1: Der Chat-Client existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tier answered. %1</source>
        <translation>Keine Stufe hat geantwortet. %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/importpreviewdialog.cpp" line="+27"/>
        <source>%1 → %2 (%3%4 %)</source>
        <translation>%1 → %2 (%3%4 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Preview of the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3 models) → &lt;b&gt;%4&lt;/b&gt; (%5, %6 models)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3 Modelle) → &lt;b&gt;%4&lt;/b&gt; (%5, %6 Modelle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model changes.</source>
        <translation>Keine Änderungen an Modellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input $/1M</source>
        <translation>Eingabe $/1M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output $/1M</source>
        <translation>Ausgabe $/1M</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New prices (%1)</source>
        <translation>Neue Preise (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other changes: limits, scores, details (%1)</source>
        <translation>Andere Änderungen: Grenzen, Werte, Details (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep as &amp;catalog:</source>
        <translation>Als &amp;Katalog behalten:</translation>
    </message>
</context>
<context>
    <name>InputLimit</name>
    <message>
        <location filename="../core/decision/inputlimits.cpp" line="+15"/>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
</context>
<context>
    <name>InputOptions</name>
    <message>
        <location filename="../app/inputoptions.cpp" line="+30"/>
        <source>%1 expects a number, got &quot;%2&quot;</source>
        <translation>%1 erwartet eine Zahl, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, got %3</source>
        <translation>%1 %2, erhalten: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task complexity: simple, medium or high (default medium).</source>
        <translation>Komplexität der Aufgabe: simple, medium oder high (Vorgabe medium).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum acceptable latency in ms (default 1000).</source>
        <translation>Höchste akzeptable Latenz in ms (Vorgabe 1000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum cost per 1,000 requests in USD (default 1.0).</source>
        <translation>Höchste Kosten pro 1.000 Anfragen in USD (Vorgabe 1.0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum accuracy, 0 to 1 (default 0.9).</source>
        <translation>Mindestgenauigkeit, 0 bis 1 (Vorgabe 0.9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests per day (default 1000).</source>
        <translation>Anfragen pro Tag (Vorgabe 1000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task needs multi-step reasoning.</source>
        <translation>Die Aufgabe erfordert mehrstufiges Schlussfolgern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context length in tokens (default 4000).</source>
        <translation>Kontextlänge in Tokens (Vorgabe 4000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task type, e.g. text_classification (see &apos;catalog tasks&apos;).</source>
        <translation>Aufgabentyp, z. B. text_classification (siehe &apos;catalog tasks&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input tokens per request (default 500).</source>
        <translation>Eingabe-Tokens pro Anfrage (Vorgabe 500).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens per request (default 200).</source>
        <translation>Ausgabe-Tokens pro Anfrage (Vorgabe 200).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality benchmark id (default: the catalog&apos;s).</source>
        <translation>ID des Qualitäts-Benchmarks (Vorgabe: der des Katalogs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU price in USD per hour for self-hosting (default: the model&apos;s).</source>
        <translation>GPU-Preis in USD pro Stunde bei Selbsthosting (Vorgabe: der des Modells).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per second one self-hosted replica sustains (default 2000).</source>
        <translation>Tokens pro Sekunde, die ein selbst gehostetes Replikat dauerhaft schafft (Vorgabe 2000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usable share of that throughput, 0.01 to 1 (default 0.7).</source>
        <translation>Nutzbarer Anteil dieses Durchsatzes, 0.01 bis 1 (Vorgabe 0.7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak load over the daily average, at least 1 (default 2).</source>
        <translation>Spitzenlast über dem Tagesmittel, mindestens 1 (Vorgabe 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value pick: the cheapest model within this many percent of the tier&apos;s best score, 0 to 50 (default 3).</source>
        <translation>Preis-Leistungs-Wahl: das günstigste Modell innerhalb so vieler Prozent unter dem besten Wert der Stufe, 0 bis 50 (Standard 3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality bar on a rating benchmark such as LMArena, where the minimum accuracy cannot apply (default: none).</source>
        <translation>Qualitätsschwelle bei einem Bewertungs-Benchmark wie LMArena, für den die Mindestgenauigkeit nicht gelten kann (Standard: keine).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-hosting: power per GPU in watts, counted with --kwh-price (default: not counted).</source>
        <translation>Selbst hosten: Leistungsaufnahme je GPU in Watt, gezählt mit --kwh-price (Standard: nicht gezählt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-hosting: electricity price in USD per kWh (default: not counted).</source>
        <translation>Selbst hosten: Strompreis in USD je kWh (Standard: nicht gezählt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosting: power usage effectiveness, 1 to 3 (default 1).</source>
        <translation>Selbst hosten: Power Usage Effectiveness, 1 bis 3 (Standard 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-hosting: price of hardware you own, USD per GPU, written off over --amortisation-months (default: none).</source>
        <translation>Selbst hosten: Preis eigener Hardware in USD je GPU, abgeschrieben über --amortisation-months (Standard: keine).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months over which owned hardware is written off (default 36).</source>
        <translation>Monate, über die eigene Hardware abgeschrieben wird (Standard 36).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>--complexity expects simple, medium or high, got &quot;%1&quot;</source>
        <translation>--complexity erwartet simple, medium oder high, erhalten: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JudgeAssessor</name>
    <message>
        <location filename="../core/routing/judgeassessor.cpp" line="+53"/>
        <source>the judge&apos;s reply has no line “SCORE: X”: “%1”</source>
        <translation>die Antwort des Bewertungsmodells hat keine Zeile „SCORE: X“: „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the judge&apos;s reply contains %1 numbers, not exactly one: “%2”</source>
        <translation>die Antwort des Bewertungsmodells enthält %1 Zahlen statt genau einer: „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the judge&apos;s score %1 is outside 0–1</source>
        <translation>die Bewertung %1 des Bewertungsmodells liegt außerhalb von 0–1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no chat client to call the judge with</source>
        <translation>kein Chat-Client, um das Bewertungsmodell aufzurufen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the judge %1 failed: %2</source>
        <translation>das Bewertungsmodell %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 graded it %2</source>
        <translation>%1 bewertete mit %2</translation>
    </message>
</context>
<context>
    <name>LiveRunModel</name>
    <message>
        <location filename="../ui/models/liverunmodel.cpp" line="+87"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the threshold</source>
        <translation>unter der Schwelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no confidence</source>
        <translation>keine Konfidenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering…</source>
        <translation>antwortet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer %1, assessment %2</source>
        <translation>Antwort %1, Beurteilung %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n Anfrage gesendet</numerusform>
            <numerusform>%n Anfragen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>LiveRunTab</name>
    <message>
        <location filename="../ui/pages/routing/liveruntab.cpp" line="+62"/>
        <source>Run the &amp;cascade (smallest level first)</source>
        <translation>&amp;Kaskade ausführen (kleinste Ebene zuerst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Route with the rules (escalating on errors)</source>
        <translation>Mit den Regeln &amp;routen (eskaliert bei Fehlern)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A prompt to send, e.g. “What is the capital of Australia? Answer in one word.”</source>
        <translation>Ein zu sendender Prompt, z. B. „What is the capital of Australia? Answer in one word.“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the prompt (Ctrl+Return)</source>
        <translation>Den Prompt senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run; nothing further is sent (Esc)</source>
        <translation>Den Lauf stoppen; es wird nichts mehr gesendet (Esc)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Write a prompt and press Run (Ctrl+Return). Each level&apos;s answer, confidence, cost and latency appear here as it completes.</source>
        <translation>Schreiben Sie einen Prompt und drücken Sie „Ausführen“ (Strg+Eingabe). Antwort, Konfidenz, Kosten und Latenz jeder Ebene erscheinen hier, sobald sie vorliegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer streams here.</source>
        <translation>Die Antwort wird hier gestreamt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A run is in progress; cancel it first (Esc).</source>
        <translation>Ein Lauf ist im Gange; brechen Sie ihn zuerst ab (Esc).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No network client is available for live runs.</source>
        <translation>Für Live-Läufe ist kein Netzwerk-Client verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Running the cascade over %n level(s), threshold %1…</source>
        <translation>
            <numerusform>Die Kaskade läuft über %n Ebene, Schwelle %1…</numerusform>
            <numerusform>Die Kaskade läuft über %n Ebenen, Schwelle %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing to the %1 tier (rule %2)…</source>
        <translation>Routing an Stufe %1 (Regel %2)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No level answered.</source>
        <translation>Keine Ebene hat geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer. Cost so far: %1.</source>
        <translation>Keine Antwort. Bisherige Kosten: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1 ≥ %2</source>
        <translation>Konfidenz %1 ≥ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence %1 &lt; %2 at every level, so the last answer is returned</source>
        <translation>Konfidenz %1 &lt; %2 auf jeder Ebene, daher wird die letzte Antwort geliefert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no saving shown: the largest level has no catalog price</source>
        <translation>keine Ersparnis angezeigt: die größte Ebene hat keinen Katalogpreis</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no saving shown: %n call(s) had no catalog price</source>
        <translation>
            <numerusform>keine Ersparnis angezeigt: %n Aufruf hatte keinen Katalogpreis</numerusform>
            <numerusform>keine Ersparnis angezeigt: %n Aufrufe hatten keinen Katalogpreis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % less</source>
        <translation>%1 % weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % more</source>
        <translation>%1 % mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Answered at level %1 by %2 (%3)&lt;/b&gt;: %4.&lt;br&gt;Cost %5 against %6 for the largest level alone%7 · %8 ms in all.</source>
        <translation>&lt;b&gt;Beantwortet auf Ebene %1 von %2 (%3)&lt;/b&gt;: %4.&lt;br&gt;Kosten %5 gegenüber %6 nur für die größte Ebene%7 · insgesamt %8 ms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule %1 “%2” chose the %3 tier</source>
        <translation>Regel %1 „%2“ hat Stufe %3 gewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tier answered (%1).</source>
        <translation>Keine Stufe hat geantwortet (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Answered by the %1 tier&lt;/b&gt; (%2) after %n attempt(s); cost %3 · %4 ms in all.</source>
        <translation>
            <numerusform>&lt;b&gt;Beantwortet von Stufe %1&lt;/b&gt; (%2) nach %n Versuch; Kosten %3 · insgesamt %4 ms.</numerusform>
            <numerusform>&lt;b&gt;Beantwortet von Stufe %1&lt;/b&gt; (%2) nach %n Versuchen; Kosten %3 · insgesamt %4 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The router uses the task, reasoning and quality of the Router tab&apos;s preview (task: %1, reasoning: %2, quality: %3).</source>
        <translation>Der Router verwendet Aufgabe, Schlussfolgern und Qualität aus der Vorschau der Registerkarte „Router“ (Aufgabe: %1, Schlussfolgern: %2, Qualität: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>LogprobAssessor</name>
    <message>
        <location filename="../core/routing/logprobassessor.cpp" line="+20"/>
        <source>the endpoint sent no log-probabilities</source>
        <translation>der Endpunkt hat keine Log-Wahrscheinlichkeiten gesendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>geometric mean token probability %1 over %2 tokens (perplexity %3)</source>
        <translation>geometrisches Mittel der Token-Wahrscheinlichkeit %1 über %2 Tokens (Perplexität %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mean token probability %1 over %2 tokens</source>
        <translation>mittlere Token-Wahrscheinlichkeit %1 über %2 Tokens</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+51"/>
        <source>Rightsize</source>
        <translation>Rightsize</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost explorer</source>
        <translation>Kosten-Explorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations</source>
        <translation>Evaluierungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open the catalog “%1”: %2</source>
        <translation>Der Katalog „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — using “%2” instead.</source>
        <translation>%1 – stattdessen wird „%2“ verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; “%2” failed too: %3</source>
        <translation>%1; „%2“ ist ebenfalls fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export memo…</source>
        <translation>Memo &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the requirements, recommendation, candidates and both charts to a Markdown, HTML or PDF decision memo</source>
        <translation>Anforderungen, Empfehlung, Kandidaten und beide Diagramme in ein Entscheidungsmemo als Markdown, HTML oder PDF schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export memo (%1)</source>
        <translation>Memo exportieren (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;chart</source>
        <translation>&amp;Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rightsize</source>
        <translation>&amp;Über Rightsize</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Catalog: %1 · prices as of %2 · models: %3</source>
        <translation>Katalog: %1 · Preise vom %2 · Modelle: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Export decision memo</source>
        <translation>Entscheidungsmemo exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>HTML (*.html);;Markdown with PNG charts (*.md);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;Markdown mit PNG-Diagrammen (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memo written to %1</source>
        <translation>Memo nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>MeasuredQuality</name>
    <message>
        <location filename="../core/eval/measuredquality.cpp" line="+40"/>
        <source>Your evaluation %1</source>
        <translation>Ihre Evaluierung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>your evaluation %1, %2, %n cases</source>
        <translation>
            <numerusform>Ihre Evaluierung %1, %2, %n Fall</numerusform>
            <numerusform>Ihre Evaluierung %1, %2, %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>your own measurement</source>
        <translation>Ihre eigene Messung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your ratings %1</source>
        <translation>Ihre Bewertungen %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>your pairwise votes %1, %2, %n votes</source>
        <translation>
            <numerusform>Ihre paarweisen Stimmen %1, %2, %n Stimme</numerusform>
            <numerusform>Ihre paarweisen Stimmen %1, %2, %n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Measured quality without a benchmark id (field “benchmark.id”).</source>
        <translation>Gemessene Qualität ohne Benchmark-ID (Feld „benchmark.id“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured quality “%1”: unknown kind “%2” (field “benchmark.kind”).</source>
        <translation>Gemessene Qualität „%1“: unbekannte Art „%2“ (Feld „benchmark.kind“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measured quality “%1”: score %2 has no model or no number (fields “model”, “value”).</source>
        <translation>Gemessene Qualität „%1“: Wert %2 hat kein Modell oder keine Zahl (Felder „model“, „value“).</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message numerus="yes">
        <location filename="../core/report/memo.cpp" line="+39"/>
        <source>self-hosted, %n replica(s)</source>
        <translation>
            <numerusform>selbst gehostet, %n Replikat</numerusform>
            <numerusform>selbst gehostet, %n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: GPU rental %2, power %3, hardware %4</source>
        <translation>%1: GPU-Miete %2, Strom %3, Hardware %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (API-equivalent: %2 on %3)</source>
        <translation>%1 (API-Gegenwert: %2 mit %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+514"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-534"/>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2B in all, %3B active)</source>
        <translation>%1 (%2 Mrd. insgesamt, %3 Mrd. aktiv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (price band)</source>
        <translation>%1 (Preisband)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no label</source>
        <translation>ohne Angabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cascade simulation</source>
        <translation>Kaskadensimulation</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored prompt(s) replayed under “smallest first, escalate while the confidence is below the threshold” through %1, for thresholds from 0 to 1; no call was made.</source>
        <translation>
            <numerusform>%n gespeicherter Prompt wurde nach „kleinste Stufe zuerst, eskalieren, solange die Konfidenz unter der Schwelle liegt“ über %1 erneut abgespielt, für Schwellen von 0 bis 1; es wurde kein Aufruf gemacht.</numerusform>
            <numerusform>%n gespeicherte Prompts wurden nach „kleinste Stufe zuerst, eskalieren, solange die Konfidenz unter der Schwelle liegt“ über %1 erneut abgespielt, für Schwellen von 0 bis 1; es wurde kein Aufruf gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Source: %2</source>
        <translation>%1 Quelle: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chosen threshold: %1, the cheapest that reaches the target quality %2: %3 for these prompts (always the largest: %4), quality %5; answered by %6.</source>
        <translation>Gewählte Schwelle: %1, die günstigste, die die Zielqualität %2 erreicht: %3 für diese Prompts (immer die größte Stufe: %4), Qualität %5; beantwortet auf %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No threshold reaches the target quality %1 on these prompts.</source>
        <translation>Keine Schwelle erreicht bei diesen Prompts die Zielqualität %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always small</source>
        <translation>Immer klein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cascade (chosen)</source>
        <translation>Kaskade (gewählt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always large</source>
        <translation>Immer groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered at</source>
        <translation>Beantwortet auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean quality</source>
        <translation>Mittlere Qualität</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Decision memo: %1</source>
        <translation>Entscheidungsmemo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision memo: model size</source>
        <translation>Entscheidungsmemo: Modellgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: %1 (%2), prices as of %3.</source>
        <translation>Katalog: %1 (%2), Preise vom %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Written by Rightsize %2 on %3.</source>
        <translation>%1 Geschrieben von Rightsize %2 am %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-step reasoning</source>
        <translation>Mehrstufiges Schlussfolgern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum latency</source>
        <translation>Maximale Latenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum cost per 1,000 requests</source>
        <translation>Maximale Kosten pro 1.000 Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum accuracy</source>
        <translation>Mindestgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+220"/>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per request</source>
        <translation>Tokens pro Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 input, %2 output</source>
        <translation>%1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality benchmark</source>
        <translation>Qualitäts-Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value margin</source>
        <translation>Preis-Leistungs-Spielraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of the tier&apos;s best score</source>
        <translation>%1 % unter dem besten Wert der Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum rating</source>
        <translation>Mindestbewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended tier: %1. Rule %2 decided (%3): %4</source>
        <translation>Empfohlene Stufe: %1. Regel %2 hat entschieden (%3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1 (%2) did not fire: %3</source>
        <translation>Regel %1 (%2) hat nicht gegriffen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the earlier rules did not decide:</source>
        <translation>Warum die früheren Regeln nicht entschieden haben:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No model in the catalog satisfies every requirement; the near misses below show what would have to give.</source>
        <translation>Kein Modell im Katalog erfüllt alle Anforderungen; die knapp verfehlten unten zeigen, wo nachgegeben werden müsste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task-specific pick</source>
        <translation>Aufgabenspezifische Wahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 the article recommends %2 (alternative: %3). Reasoning: %4.</source>
        <translation>Für %1 empfiehlt der Artikel %2 (Alternative: %3). Begründung: %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Neither model is in this catalog.</source>
        <translation>Keines der Modelle ist in diesem Katalog.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <location line="+18"/>
        <location line="+24"/>
        <location line="+35"/>
        <location line="+27"/>
        <location line="+87"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+35"/>
        <location line="+18"/>
        <location line="+24"/>
        <location line="+35"/>
        <location line="+114"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+34"/>
        <location line="+19"/>
        <location line="+23"/>
        <location line="+36"/>
        <location line="+44"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+18"/>
        <location line="+24"/>
        <source>Cost per 1,000 requests</source>
        <translation>Kosten pro 1.000 Anfragen</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+35"/>
        <location line="+18"/>
        <location line="+85"/>
        <source>Serving</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+36"/>
        <location line="+17"/>
        <location line="+24"/>
        <location line="+35"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%n more candidate(s) not listed.</source>
        <translation>
            <numerusform>%n weiterer Kandidat nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Kandidaten nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Near misses</source>
        <translation>Knapp verfehlt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why excluded</source>
        <translation>Grund des Ausschlusses</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more near miss(es) not listed.</source>
        <translation>
            <numerusform>%n weiteres knapp verfehltes Modell nicht aufgeführt.</numerusform>
            <numerusform>%n weitere knapp verfehlte Modelle nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other model(s) fail two or more requirements.</source>
        <translation>
            <numerusform>%n weiteres Modell verfehlt zwei oder mehr Anforderungen.</numerusform>
            <numerusform>%n weitere Modelle verfehlen zwei oder mehr Anforderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost versus quality</source>
        <translation>Kosten gegenüber Qualität</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model has both a price and a score on this benchmark.</source>
        <translation>Kein Modell hat sowohl einen Preis als auch einen Wert bei diesem Benchmark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models on the cost/quality frontier (no other model is both cheaper and better on %1):</source>
        <translation>Modelle auf der Kosten-Qualitäts-Front (kein anderes Modell ist bei %1 zugleich günstiger und besser):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly cost versus volume</source>
        <translation>Monatliche Kosten gegenüber Volumen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No models selected.</source>
        <translation>Keine Modelle ausgewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>self-hosted</source>
        <translation>selbst gehostet</translation>
    </message>
    <message>
        <location line="-473"/>
        <location line="+473"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>self-hosted, no GPU price</source>
        <translation>selbst gehostet, kein GPU-Preis</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>What rule %1 does to the list: %2</source>
        <translation>Was Regel %1 an der Liste ändert: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picks</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Best quality</source>
        <translation>Beste Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest</source>
        <translation>Günstigste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value is the cheapest %1 model scoring within %2 % of the tier&apos;s best on %3; best quality and cheapest bound it on either side.</source>
        <translation>Preis-Leistung ist das günstigste Modell der Stufe %1, das höchstens %2 % unter dem besten Wert bei %3 liegt; beste Qualität und günstigste begrenzen es auf beiden Seiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>At %1 requests/day</source>
        <translation>Bei %1 Anfragen/Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No break-even volume between these options in the charted range.</source>
        <translation>Kein Break-even-Volumen zwischen diesen Optionen im dargestellten Bereich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a replica is added; the costs never meet</source>
        <translation>ein Replikat kommt hinzu; die Kosten treffen sich nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equal cost</source>
        <translation>gleiche Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break-even volumes, where the cheaper option changes:</source>
        <translation>Break-even-Volumen, bei denen die günstigere Option wechselt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume: %1 requests per day of %2 input and %3 output tokens; a month is %4 days.</source>
        <translation>Volumen: %1 Anfragen pro Tag mit %2 Eingabe- und %3 Ausgabe-Tokens; ein Monat hat %4 Tage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API cost per month = 30 × requests per day × (input tokens × input price + output tokens × output price) / 1,000,000.</source>
        <translation>API-Kosten pro Monat = 30 × Anfragen pro Tag × (Eingabe-Tokens × Eingabepreis + Ausgabe-Tokens × Ausgabepreis) / 1.000.000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU price: %1 per GPU hour for every self-hosted model.</source>
        <translation>GPU-Preis: %1 pro GPU-Stunde für jedes selbst gehostete Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU price: each model&apos;s self-hosted hourly price from the catalog.</source>
        <translation>GPU-Preis: der Stundenpreis jedes Modells bei Selbsthosting aus dem Katalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting capacity: %1 tokens per second per replica at %2 % utilisation, peak load %3 × the daily average, %4 GPU(s) per replica; replicas = ceil(peak tokens per second / usable throughput), at least 1; a replica runs 720 hours a month.</source>
        <translation>Kapazität bei Selbsthosting: %1 Tokens pro Sekunde pro Replikat bei %2 % Auslastung, Spitzenlast %3 × Tagesmittel, %4 GPU(s) pro Replikat; Replikate = aufrunden(Spitzen-Tokens pro Sekunde / nutzbarer Durchsatz), mindestens 1; ein Replikat läuft 720 Stunden im Monat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Power: %1 W per GPU × 720 hours × %2 per kWh × PUE %3 = %4 per GPU a month, added to every self-hosted cost.</source>
        <translation>Strom: %1 W je GPU × 720 Stunden × %2 je kWh × PUE %3 = %4 je GPU im Monat, zu jeden Kosten des Selbsthostens addiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power: not counted separately (a rented GPU&apos;s hourly price includes it).</source>
        <translation>Strom: nicht eigens gezählt (der Stundenpreis einer gemieteten GPU enthält ihn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned hardware: %1 per GPU written off over %2 months = %3 per GPU a month.</source>
        <translation>Eigene Hardware: %1 je GPU, abgeschrieben über %2 Monate = %3 je GPU im Monat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owned hardware: none counted.</source>
        <translation>Eigene Hardware: keine gezählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price of $0 for input and output in an API catalog is a placeholder, not a free model: such costs are shown as unknown. Local models cost only what power and hardware are counted.</source>
        <translation>Ein Preis von $0 für Ein- und Ausgabe in einem API-Katalog ist ein Platzhalter, kein kostenloses Modell: Solche Kosten werden als unbekannt gezeigt. Lokale Modelle kosten nur, was an Strom und Hardware gezählt wird.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices of the models named in this memo (USD, catalog %1; sources below):</source>
        <translation>Preise der in diesem Memo genannten Modelle (USD, Katalog %1; Quellen unten):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input per 1M tokens</source>
        <translation>Eingabe pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output per 1M tokens</source>
        <translation>Ausgabe pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-hosted per GPU hour</source>
        <translation>Selbst gehostet pro GPU-Stunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog %1 (%2), snapshot of %3.</source>
        <translation>Katalog %1 (%2), Stand vom %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality: %1 from %2</source>
        <translation>Qualität: %1 aus %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, data of %2</source>
        <translation>%1, Daten vom %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (licence: %2)</source>
        <translation>%1 (Lizenz: %2)</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <location filename="../ui/export/memoexport.cpp" line="+71"/>
        <location line="+88"/>
        <source>Cannot write memo %1: %2</source>
        <translation>Memo %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cannot export memo to %1: use a .md, .html or .pdf file name.</source>
        <translation>Memo kann nicht nach %1 exportiert werden: Verwenden Sie einen Dateinamen mit .md, .html oder .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write memo %1: the folder does not exist.</source>
        <translation>Memo %1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write chart image %1: %2</source>
        <translation>Diagrammbild %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decision memo</source>
        <translation>Entscheidungsmemo</translation>
    </message>
</context>
<context>
    <name>ModelDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/modeldetailsdialog.cpp" line="+23"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 B parameters</source>
        <translation>%1, %2 Mrd. Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, parameter count not published</source>
        <translation>%1, Parameterzahl nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per 1M tokens</source>
        <translation>%1 pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (self-hosted)</source>
        <translation>keiner (selbst gehostet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input price:</source>
        <translation>Eingabepreis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output price:</source>
        <translation>Ausgabepreis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosted:</source>
        <translation>Selbst gehostet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per GPU hour</source>
        <translation>%1 pro GPU-Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical latency:</source>
        <translation>Typische Latenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context window:</source>
        <translation>Kontextfenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Max output:</source>
        <translation>Max. Ausgabe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no published score</source>
        <translation>kein veröffentlichter Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Aus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 catalog of %2 (%3)</source>
        <translation>Katalog %1 vom %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This catalog cannot be edited here.</source>
        <translation>Dieser Katalog kann hier nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>ModelDiscovery</name>
    <message>
        <location filename="../core/providers/modeldiscovery.cpp" line="+33"/>
        <source>The model list is not a JSON object: %1</source>
        <translation>Die Modellliste ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model list has no &quot;%1&quot; array</source>
        <translation>Die Modellliste hat kein Array &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ModelEditDialog</name>
    <message>
        <location filename="../ui/dialogs/modeleditdialog.cpp" line="+81"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unique, e.g. the provider&apos;s model name</source>
        <translation>eindeutig, z. B. der Modellname des Anbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shown in tables and charts; the id when empty</source>
        <translation>in Tabellen und Diagrammen gezeigt; leer gilt die ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billions of parameters; — when not published</source>
        <translation>Milliarden Parameter; – wenn nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;arameters:</source>
        <translation>Pa&amp;rameter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Input price per 1M tokens:</source>
        <translation>&amp;Eingabepreis pro 1 Mio. Tokens:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Output price per 1M tokens:</source>
        <translation>&amp;Ausgabepreis pro 1 Mio. Tokens:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> $/GPU hour</source>
        <translation> $/GPU-Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental price per GPU hour when you host the model yourself; — for API-only models</source>
        <translation>Mietpreis pro GPU-Stunde, wenn Sie das Modell selbst hosten; – bei reinen API-Modellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Self-hosted:</source>
        <translation>Selbst &amp;gehostet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical &amp;latency:</source>
        <translation>Typische &amp;Latenz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Context window:</source>
        <translation>&amp;Kontextfenster:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Max output tokens:</source>
        <translation>&amp;Max. Ausgabe-Tokens:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. vision, function_calling, reasoning</source>
        <translation>durch Kommas getrennt, z. B. vision, function_calling, reasoning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capa&amp;bilities:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;weights</source>
        <translation>&amp;Offene Gewichte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rating, e.g. 1250</source>
        <translation>Eine Bewertung, z. B. 1250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An accuracy up to %1</source>
        <translation>Eine Genauigkeit bis %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Quality scores (leave the score empty for none):</source>
        <translation>Qualitätswerte (Wert leer lassen für keinen):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The id must not be empty.</source>
        <translation>Die ID darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another model of this catalog already has the id “%1”.</source>
        <translation>Ein anderes Modell dieses Katalogs hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 score “%2” is not a number.</source>
        <translation>Der %1-Wert „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 date “%2” is not a date like 2026-07-24.</source>
        <translation>Das %1-Datum „%2“ ist kein Datum wie 2026-07-24.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/common/money.cpp" line="+67"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>≥ %1 (%n call(s) unpriced)</source>
        <translation>
            <numerusform>≥ %1 (%n Aufruf ohne Preis)</numerusform>
            <numerusform>≥ %1 (%n Aufrufe ohne Preis)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyCostChart</name>
    <message>
        <location filename="../ui/charts/monthlycostchart.cpp" line="+84"/>
        <source>%1 (self-hosted)</source>
        <translation>%1 (selbst gehostet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (API)</source>
        <translation>%1 (API)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Break-even (%1)</source>
        <translation>Break-even (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your volume: %1 requests/day</source>
        <translation>Ihr Volumen: %1 Anfragen/Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — no models selected</source>
        <translation>%1 – keine Modelle ausgewählt</translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <location filename="../core/providers/ndjsondecoder.cpp" line="+69"/>
        <source>Line %1 is not valid JSON: %2</source>
        <translation>Zeile %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../ui/widgets/numberedit.cpp" line="+111"/>
        <source>Enter a value; still using %1.</source>
        <translation>Geben Sie einen Wert ein; weiterhin gilt %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number; still using %2.</source>
        <translation>„%1“ ist keine Zahl; weiterhin gilt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be between %1 and %2; still using %3.</source>
        <translation>Muss zwischen %1 und %2 liegen; weiterhin gilt %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be a whole number; still using %1.</source>
        <translation>Muss eine ganze Zahl sein; weiterhin gilt %1.</translation>
    </message>
</context>
<context>
    <name>PriceCrossCheckDialog</name>
    <message>
        <location filename="../ui/dialogs/pricecrosscheckdialog.cpp" line="+20"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3, %4 models)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (%3, %4 Modelle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cross-check prices: %1 and %2</source>
        <translation>Preise gegenprüfen: %1 und %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models are matched by id, else by name without provider, date and variant (gpt-4o-mini = openai/gpt-4o-mini).</source>
        <translation>Modelle werden nach ID zugeordnet, sonst nach Name ohne Anbieter, Datum und Variante (gpt-4o-mini = openai/gpt-4o-mini).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List models whose input or output price differs by more than this, in % of the lower price</source>
        <translation>Modelle auflisten, deren Eingabe- oder Ausgabepreis um mehr als diesen Wert abweicht, in % des niedrigeren Preises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Differ by more than:</source>
        <translation>&amp;Abweichung über:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two catalogs have no model in common.</source>
        <translation>Die beiden Kataloge haben kein gemeinsames Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is priced more than %1 apart.</source>
        <translation>Kein Modell weicht im Preis um mehr als %1 ab.</translation>
    </message>
</context>
<context>
    <name>PriceCrossCheckTableModel</name>
    <message>
        <location filename="../ui/models/pricecrosschecktablemodel.cpp" line="+49"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 in catalog A, %2 in catalog B</source>
        <translation>%1 in Katalog A, %2 in Katalog B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not compared: one catalog lists this model without a price</source>
        <translation>Nicht verglichen: ein Katalog führt dieses Modell ohne Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The larger of the input and output differences, in % of the lower price</source>
        <translation>Die größere der Abweichungen bei Ein- und Ausgabe, in % des niedrigeren Preises</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$0 in one</source>
        <translation>$0 in einem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Catalog A: %1</source>
        <translation>Katalog A: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog B: %1</source>
        <translation>Katalog B: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A in $/1M</source>
        <translation>A Ein $/1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A out $/1M</source>
        <translation>A Aus $/1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B in $/1M</source>
        <translation>B Ein $/1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B out $/1M</source>
        <translation>B Aus $/1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source</source>
        <translation>Quelle A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B source</source>
        <translation>Quelle B</translation>
    </message>
</context>
<context>
    <name>PromptVariablesModel</name>
    <message>
        <location filename="../ui/models/promptvariablesmodel.cpp" line="+86"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>PromptfooConfig</name>
    <message>
        <location filename="../core/eval/promptfooconfig.cpp" line="+150"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a promptfoo configuration (prompts, providers, tests…)</source>
        <translation>eine promptfoo-Konfiguration erwartet (prompts, providers, tests…)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+247"/>
        <location line="+92"/>
        <location line="+7"/>
        <location line="+22"/>
        <source>not supported by Rightsize; ignored</source>
        <translation>von Rightsize nicht unterstützt; ignoriert</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>%1: no prompt Rightsize can run (see &quot;prompts&quot;)</source>
        <translation>%1: kein Prompt, den Rightsize ausführen kann (siehe &quot;prompts&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no provider Rightsize can call (see &quot;providers&quot;)</source>
        <translation>%1: kein Provider, den Rightsize aufrufen kann (siehe &quot;providers&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no tests (see &quot;tests&quot;)</source>
        <translation>%1: keine Tests (siehe &quot;tests&quot;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: prompt “%2”: %3</source>
        <translation>%1: Prompt „%2“: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>prompts: expected a list of prompts</source>
        <translation>prompts: eine Liste von Prompts erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>prompts: expected text, file://PATH or {raw|id, label}</source>
        <translation>prompts: Text, file://PATH oder {raw|id, label} erwartet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>only text, .txt/.md files and chat arrays of one system and one user message are supported; prompt skipped</source>
        <translation>nur Text, .txt-/.md-Dateien und Chat-Listen aus einer System- und einer Nutzernachricht werden unterstützt; Prompt übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>provider “%1” is listed twice; give one a different label</source>
        <translation>Provider „%1“ ist zweimal aufgeführt; geben Sie einem ein anderes label</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>providers: expected an id or {id, label, config}</source>
        <translation>providers: eine id oder {id, label, config} erwartet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>provider %1</source>
        <translation>Provider %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only openai:[chat:]MODEL, anthropic:messages:MODEL and ollama:[chat:]MODEL are supported; provider skipped</source>
        <translation>nur openai:[chat:]MODEL, anthropic:messages:MODEL und ollama:[chat:]MODEL werden unterstützt; Provider übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provider “%1” names no model</source>
        <translation>Provider „%1“ nennt kein Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider “%1”: config must be a map</source>
        <translation>Provider „%1“: config muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>config.temperature: expected a number from 0 to 2</source>
        <translation>config.temperature: eine Zahl von 0 bis 2 erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.max_tokens: expected a whole number above 0</source>
        <translation>config.max_tokens: eine ganze Zahl über 0 erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>keys are not read from configuration files; store it with &apos;rightsize endpoint key&apos; or set the environment variable</source>
        <translation>Schlüssel werden nicht aus Konfigurationsdateien gelesen; speichern Sie ihn mit &apos;rightsize endpoint key&apos; oder setzen Sie die Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provider “%1”: %2</source>
        <translation>Provider „%1“: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tests: expected a test or a file://PATH of tests</source>
        <translation>tests: ein Test oder ein file://PATH mit Tests erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tests %1</source>
        <translation>tests %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only .csv, .jsonl, .yaml, .yml and .json test files are supported; skipped</source>
        <translation>nur .csv-, .jsonl-, .yaml-, .yml- und .json-Testdateien werden unterstützt; übersprungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of tests</source>
        <translation>eine Liste von Tests erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a test must be a map</source>
        <translation>ein Test muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>assert type &quot;%1&quot;</source>
        <translation>Prüfungstyp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values read from files are not supported; assertion skipped</source>
        <translation>aus Dateien gelesene Werte werden nicht unterstützt; Prüfung übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not supported by Rightsize; assertion skipped</source>
        <translation>von Rightsize nicht unterstützt; Prüfung übersprungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>defaultTest: %1</source>
        <translation>defaultTest: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluateOptions: expected a map</source>
        <translation>evaluateOptions: eine Zuordnung erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evaluateOptions.%1: expected a whole number from 1 to %2</source>
        <translation>evaluateOptions.%1: eine ganze Zahl von 1 bis %2 erwartet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (promptfoo)</source>
        <translation>%1 (promptfoo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (promptfoo %2)</source>
        <translation>%1 (promptfoo %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 line %2: %3: %4</source>
        <translation>%1 Zeile %2: %3: %4</translation>
    </message>
</context>
<context>
    <name>QtKeychainBackend</name>
    <message>
        <location filename="../core/secrets/qtkeychainbackend.cpp" line="+41"/>
        <source>the keychain service did not answer within %1 ms</source>
        <translation>der Schlüsselbund-Dienst hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>RIGHTSIZE_NO_KEYCHAIN is set</source>
        <translation>RIGHTSIZE_NO_KEYCHAIN ist gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no D-Bus session bus (no desktop session)</source>
        <translation>kein D-Bus-Sitzungsbus (keine Desktop-Sitzung)</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <location filename="../core/routing/routingrequest.cpp" line="+33"/>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <location filename="../ui/models/ratingtablemodel.cpp" line="+23"/>
        <source>%1 in the catalog “%2”</source>
        <translation>%1 im Katalog „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a model of the catalog “%1”: its rating cannot become a quality score</source>
        <translation>Kein Modell des Katalogs „%1“: Seine Bewertung kann kein Qualitätswert werden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bradley–Terry rating: 1000 is the average model; 400 points more means 10:1 odds of being preferred</source>
        <translation>Bradley-Terry-Bewertung: 1000 ist das durchschnittliche Modell; 400 Punkte mehr bedeuten eine Chance von 10:1, bevorzugt zu werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the rating lies with 95 % confidence (1000 bootstrap resamples of the votes)</source>
        <translation>Wo die Bewertung mit 95 % Konfidenz liegt (1000 Bootstrap-Stichproben der Stimmen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes where both answers were bad: not counted in the rating</source>
        <translation>Stimmen, bei denen beide Antworten schlecht waren: zählen nicht für die Bewertung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <location filename="../core/decision/recommendation.cpp" line="+375"/>
        <source>latency unknown: not checked</source>
        <translation>Latenz unbekannt: nicht geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>context window unknown: not known to hold %1 tokens</source>
        <translation>Kontextfenster unbekannt: nicht als ausreichend für %1 Token bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context window unknown: not checked</source>
        <translation>Kontextfenster unbekannt: nicht geprüft</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>minimum accuracy not checked: benchmark %1 is not in the catalog</source>
        <translation>Mindestgenauigkeit nicht geprüft: Benchmark %1 ist nicht im Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimum accuracy not checked: %1 is a rating, not an accuracy</source>
        <translation>Mindestgenauigkeit nicht geprüft: %1 ist eine Bewertung, keine Genauigkeit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>minimum accuracy not checked: no score on %1</source>
        <translation>Mindestgenauigkeit nicht geprüft: kein Wert bei %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>minimum accuracy not checked: the catalog has no quality benchmark</source>
        <translation>Mindestgenauigkeit nicht geprüft: Der Katalog hat keinen Qualitäts-Benchmark</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimum rating not checked: no score on %1</source>
        <translation>Mindestbewertung nicht geprüft: kein Wert bei %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Typical latency %1 ms is over the %2 ms limit</source>
        <translation>Typische Latenz %1 ms liegt über der Grenze von %2 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost %1 per 1,000 requests is over the %2 limit</source>
        <translation>Kosten %1 pro 1.000 Anfragen liegen über der Grenze von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy %1 on %2 is under the minimum %3</source>
        <translation>Genauigkeit %1 bei %2 liegt unter dem Minimum %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rating %1 on %2 is under the minimum %3</source>
        <translation>Bewertung %1 bei %2 liegt unter dem Minimum %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context window %1 tokens is under the %2 tokens required</source>
        <translation>Kontextfenster %1 Tokens liegt unter den geforderten %2 Tokens</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>price unknown: $0 in an API catalog is a placeholder</source>
        <translation>Preis unbekannt: $0 in einem API-Katalog ist ein Platzhalter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price unknown: no GPU price to cost self-hosting with</source>
        <translation>Preis unbekannt: kein GPU-Preis, um das Selbsthosten zu berechnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latency unknown: not known to meet the %1 ms limit</source>
        <translation>Latenz unbekannt: nicht als innerhalb der Grenze von %1 ms bekannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open weights of unpublished size: not known to run on-device</source>
        <translation>offene Gewichte unveröffentlichter Größe: nicht als lokal lauffähig bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted API: not on-device</source>
        <translation>gehostete API: nicht auf dem Gerät</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>measured: %1 (95 % interval %2–%3), %4</source>
        <translation>gemessen: %1 (95-%-Intervall %2–%3), %4</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No quality benchmark: the catalog has none, so no model has evidence.</source>
        <translation>Kein Qualitäts-Benchmark: Der Katalog hat keinen, also hat kein Modell einen Beleg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 decides quality: you chose it.</source>
        <translation>%1 entscheidet über die Qualität: Sie haben ihn gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 decides quality: you chose it, but this catalog does not have it.</source>
        <translation>%1 entscheidet über die Qualität: Sie haben ihn gewählt, aber dieser Katalog hat ihn nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 decides quality: your own measurement (%2), preferred over public benchmarks; each score carries its 95 % interval.</source>
        <translation>%1 entscheidet über die Qualität: Ihre eigene Messung (%2), öffentlichen Benchmarks vorgezogen; jeder Wert hat sein 95-%-Intervall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 decides quality: the benchmark of the task “%2”.</source>
        <translation>%1 entscheidet über die Qualität: der Benchmark der Aufgabe „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 decides quality: the benchmark of the task “%2” (%3).</source>
        <translation>%1 entscheidet über die Qualität: der Benchmark der Aufgabe „%2“ (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 decides quality: the catalog&apos;s default, because the task&apos;s benchmark %2 is not in this catalog.</source>
        <translation>%1 entscheidet über die Qualität: der Standard des Katalogs, denn der Benchmark der Aufgabe, %2, ist nicht in diesem Katalog.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 decides quality: the catalog&apos;s default (the task “%2” names no benchmark).</source>
        <translation>%1 entscheidet über die Qualität: der Standard des Katalogs (die Aufgabe „%2“ nennt keinen Benchmark).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 decides quality: the catalog&apos;s default (no task chosen).</source>
        <translation>%1 entscheidet über die Qualität: der Standard des Katalogs (keine Aufgabe gewählt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is an accuracy: a model scoring under the minimum accuracy %1 is a near miss, and one without a score is “no evidence”.</source>
        <translation>Er misst eine Genauigkeit: Ein Modell unter der Mindestgenauigkeit %1 ist knapp verfehlt, eines ohne Wert „kein Beleg“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is an accuracy: a model scoring under the minimum accuracy %1 (%2 on its scale) is a near miss, and one without a score is “no evidence”.</source>
        <translation>Er misst eine Genauigkeit: Ein Modell unter der Mindestgenauigkeit %1 (%2 auf seiner Skala) ist knapp verfehlt, eines ohne Wert „kein Beleg“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (scores in this catalog run from %1 to %2)</source>
        <translation> (die Werte in diesem Katalog reichen von %1 bis %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is a rating: it ranks models but is not a share of tasks done right, so the minimum accuracy does not apply. The quality bar is the minimum rating %1%2.</source>
        <translation>Er ist eine Bewertung: Er ordnet Modelle, ist aber kein Anteil richtig gelöster Aufgaben, also gilt die Mindestgenauigkeit nicht. Die Qualitätsschwelle ist die Mindestbewertung %1%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a rating: it ranks models but is not a share of tasks done right, so the minimum accuracy does not apply. Set a minimum rating to hold models to a bar%1.</source>
        <translation>Er ist eine Bewertung: Er ordnet Modelle, ist aber kein Anteil richtig gelöster Aufgaben, also gilt die Mindestgenauigkeit nicht. Setzen Sie eine Mindestbewertung, um Modelle an einer Schwelle zu messen%1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 percentage points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 percentage points (%2 %)</source>
        <translation>%1 Prozentpunkte (%2 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rating points</source>
        <translation>%1 Bewertungspunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rating points (%2 %)</source>
        <translation>%1 Bewertungspunkte (%2 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 costs %2× %3 for %4.</source>
        <translation>%1 kostet das %2-Fache von %3 für %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 costs %2 more per month than %3 for %4.</source>
        <translation>%1 kostet im Monat %2 mehr als %3 für %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown-tier</source>
        <translation>unbekannte Stufe</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>The catalog has no %1 model; showing %2 models instead.</source>
        <translation>Der Katalog hat kein Modell der Stufe %1; stattdessen werden Modelle der Stufe %2 gezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the catalog&apos;s %n %1 model(s) meets the requirements; showing %2 models instead.</source>
        <translation>
            <numerusform>Das %n Modell der Stufe %1 im Katalog erfüllt die Anforderungen nicht; stattdessen werden Modelle der Stufe %2 gezeigt.</numerusform>
            <numerusform>Keines der %n Modelle der Stufe %1 im Katalog erfüllt die Anforderungen; stattdessen werden Modelle der Stufe %2 gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 scores %2 on %3, within %4 % of the best %5 model (%6), at %7 a month: the cheapest that close to the best.</source>
        <translation>%1 erreicht %2 bei %3, höchstens %4 % unter dem besten Modell der Stufe %5 (%6), für %7 im Monat: das günstigste so nah am besten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is also the best-scoring %2 model.</source>
        <translation>%1 ist auch das bestbewertete Modell der Stufe %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is also the cheapest %2 model with evidence.</source>
        <translation>%1 ist auch das günstigste Modell der Stufe %2 mit Beleg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its latency</source>
        <translation>seine Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its context window</source>
        <translation>sein Kontextfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No candidate with a score on %1 is known to meet every requirement. These picks have evidence but lack a figure the requirements need (for %2: %3), so check it before relying on them.</source>
        <translation>Von keinem Kandidaten mit einem Wert bei %1 ist bekannt, dass er alle Anforderungen erfüllt. Diese Auswahl hat Belege, aber es fehlt eine Angabe, die die Anforderungen brauchen (bei %2: %3); prüfen Sie sie, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 candidate has a score on %2 and every figure the requirements need; the picks come from %3, the nearest tier with evidence.</source>
        <translation>Kein Kandidat der Stufe %1 hat einen Wert bei %2 und jede Angabe, die die Anforderungen brauchen; die Auswahl kommt aus der Stufe %3, der nächsten mit Belegen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outside the %1 tier, %2 (%3) costs %4 a month and scores %5: at least as cheap and better than %6 on this evidence; the tier rule keeps it second.</source>
        <translation>Außerhalb der Stufe %1 kostet %2 (%3) %4 im Monat und erreicht %5: nach diesen Belegen mindestens so günstig und besser als %6; die Stufenregel stellt es zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model meets every requirement, so there is nothing to pick; the near misses show which limit to relax.</source>
        <translation>Kein Modell erfüllt alle Anforderungen, es gibt also nichts auszuwählen; die knapp verfehlten zeigen, welche Grenze zu lockern ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalog has no quality benchmark, so no model has evidence and there is nothing to pick from: the list goes by tier and cost. Measure the candidates yourself (Evaluations) or use a catalog with public scores.</source>
        <translation>Dieser Katalog hat keinen Qualitäts-Benchmark, also hat kein Modell einen Beleg und es gibt nichts auszuwählen: Die Liste folgt Stufe und Kosten. Messen Sie die Kandidaten selbst (Auswertungen) oder nutzen Sie einen Katalog mit öffentlichen Werten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No candidate with a score on %1 is known to meet every requirement: each lacks a figure they need (see the notes), so there is nothing to pick with confidence.</source>
        <translation>Von keinem Kandidaten mit einem Wert bei %1 ist bekannt, dass er alle Anforderungen erfüllt: Jedem fehlt eine nötige Angabe (siehe Hinweise), es gibt also nichts sicher auszuwählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No candidate has a score on %1 that meets the quality bar, so there is no evidence to pick from; the closest is %2 (%3) at %4, a near miss. Relax the bar, choose another benchmark or measure the candidates yourself.</source>
        <translation>Kein Kandidat hat einen Wert bei %1, der die Qualitätsschwelle erreicht, es gibt also keine Belege für eine Auswahl; am nächsten kommt %2 (%3) mit %4, knapp verfehlt. Lockern Sie die Schwelle, wählen Sie einen anderen Benchmark oder messen Sie die Kandidaten selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No candidate has a score on %1, so there is no evidence to pick from: choose another benchmark or measure the candidates yourself.</source>
        <translation>Kein Kandidat hat einen Wert bei %1, es gibt also keine Belege für eine Auswahl: Wählen Sie einen anderen Benchmark oder messen Sie die Kandidaten selbst.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n candidate(s) have no score on %1: listed after the scored ones of their tier as “no evidence”.</source>
        <translation>
            <numerusform>%n Kandidat hat keinen Wert bei %1: nach den bewerteten seiner Stufe als „kein Beleg“ aufgeführt.</numerusform>
            <numerusform>%n Kandidaten haben keinen Wert bei %1: nach den bewerteten ihrer Stufe als „kein Beleg“ aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n candidate(s) have no known price: shown as unknown (never as $0.00) and ranked after the priced ones.</source>
        <translation>
            <numerusform>%n Kandidat hat keinen bekannten Preis: als unbekannt gezeigt (nie als $0.00) und nach denen mit Preis eingeordnet.</numerusform>
            <numerusform>%n Kandidaten haben keinen bekannten Preis: als unbekannt gezeigt (nie als $0.00) und nach denen mit Preis eingeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n candidate(s) have no latency figure: ranked after those known to meet the %1 ms limit.</source>
        <translation>
            <numerusform>%n Kandidat hat keine Latenzangabe: nach denen eingeordnet, die die Grenze von %1 ms bekanntermaßen einhalten.</numerusform>
            <numerusform>%n Kandidaten haben keine Latenzangabe: nach denen eingeordnet, die die Grenze von %1 ms bekanntermaßen einhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n candidate(s) have no published context window: ranked after those known to hold %1 tokens.</source>
        <translation>
            <numerusform>%n Kandidat hat kein veröffentlichtes Kontextfenster: nach denen eingeordnet, die bekanntermaßen %1 Token fassen.</numerusform>
            <numerusform>%n Kandidaten haben kein veröffentlichtes Kontextfenster: nach denen eingeordnet, die bekanntermaßen %1 Token fassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <location filename="../ui/pages/requirementspage.cpp" line="+115"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article: on-device classification</source>
        <translation>Artikel: Klassifikation auf dem Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple task, at most 50 ms, 1,000,000 requests per day</source>
        <translation>Einfache Aufgabe, höchstens 50 ms, 1.000.000 Anfragen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: complex reasoning</source>
        <translation>Artikel: komplexes Schlussfolgern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High complexity, multi-step reasoning, minimum accuracy 0.98</source>
        <translation>Hohe Komplexität, mehrstufiges Schlussfolgern, Mindestgenauigkeit 0.98</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The article&apos;s default requirements</source>
        <translation>Die Standardanforderungen aus dem Artikel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic: your own measurement when there is one, else the task&apos;s benchmark, else the catalog&apos;s default</source>
        <translation>Automatisch: Ihre eigene Messung, wenn es eine gibt, sonst der Benchmark der Aufgabe, sonst der Standard des Katalogs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quality benchmark:</source>
        <translation>&amp;Qualitäts-Benchmark:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Task type:</source>
        <translation>&amp;Aufgabentyp:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;omplexity:</source>
        <translation>K&amp;omplexität:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs &amp;multi-step reasoning</source>
        <translation>Erfordert &amp;mehrstufiges Schlussfolgern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;latency:</source>
        <translation>Max. &amp;Latenz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max cost per 1,000 re&amp;quests:</source>
        <translation>Max. Kosten pro 1.000 An&amp;fragen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Min &amp;accuracy (0–1):</source>
        <translation>Min. &amp;Genauigkeit (0–1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min ra&amp;ting:</source>
        <translation>Min. Be&amp;wertung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quality bar when quality is a rating (LMArena, your vote ratings); 0: none</source>
        <translation>Die Qualitätsschwelle, wenn die Qualität eine Bewertung ist (LMArena, Ihre Stimmen-Bewertungen); 0: keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conte&amp;xt length:</source>
        <translation>Ko&amp;ntextlänge:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests:</source>
        <translation>Anf&amp;ragen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Input per request:</source>
        <translation>&amp;Eingabe pro Anfrage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utput per request:</source>
        <translation>A&amp;usgabe pro Anfrage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+252"/>
        <source>Picks</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>&amp;Value margin:</source>
        <translation>Preis-Leistungs-&amp;Spielraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value pick is the cheapest model scoring within this share of the tier&apos;s best</source>
        <translation>Die Preis-Leistungs-Wahl ist das günstigste Modell, das höchstens um diesen Anteil unter dem besten der Stufe liegt</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 · prices as of %2 · models: %3</source>
        <translation>%1 · Preise vom %2 · Modelle: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 (rating)</source>
        <translation>%1 (Bewertung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No benchmark: no quality bar applies.</source>
        <translation>Kein Benchmark: Es gilt keine Qualitätsschwelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a rating: the minimum accuracy does not apply to it (it still chooses the tier), the minimum rating does (0: none).</source>
        <translation>%1 ist eine Bewertung: Die Mindestgenauigkeit gilt dafür nicht (sie wählt weiter die Stufe), die Mindestbewertung schon (0: keine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an accuracy: the minimum accuracy applies (%2 on its scale).</source>
        <translation>%1 misst eine Genauigkeit: Die Mindestgenauigkeit gilt (%2 auf seiner Skala).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Why excluded</source>
        <translation>Grund des Ausschlusses</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recommended tier: %1</source>
        <translation>Empfohlene Stufe: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Decided by rule %1 — %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Entschieden durch Regel %1 – %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✗ Rule %1 — %2: %3</source>
        <translation>✗ Regel %1 – %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule 1 is the first rule, so no earlier rule was passed over.</source>
        <translation>Regel 1 ist die erste Regel, daher wurde keine frühere Regel übergangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier rules that did not apply:&lt;br&gt;%1</source>
        <translation>Frühere Regeln, die nicht zutrafen:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;i&gt;What it does to the list:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Was sie an der Liste ändert:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not in this catalog)</source>
        <translation>%1 (nicht in diesem Katalog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in this catalog as %2)</source>
        <translation>%1 (in diesem Katalog als %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; the article recommends %2; alternative %3. &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; Der Artikel empfiehlt %2; Alternative %3. &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No task type chosen: pick one to see the article&apos;s task-specific recommendation.</source>
        <translation>Kein Aufgabentyp gewählt: Wählen Sie einen, um die aufgabenspezifische Empfehlung des Artikels zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidates (%1)</source>
        <translation>Kandidaten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near misses (%1)</source>
        <translation>Knapp verfehlt (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 a month, self-hosted</source>
        <translation>%1 im Monat, selbst gehostet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 (%3) — %4, %5.&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;%6</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2 (%3) – %4, %5.&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;%6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Preis-Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best quality</source>
        <translation>Beste Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest</source>
        <translation>Günstigste</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&lt;b&gt;No model meets every constraint.&lt;/b&gt; The near misses show which single limit to relax.</source>
        <translation>&lt;b&gt;Kein Modell erfüllt alle Bedingungen.&lt;/b&gt; Die knapp verfehlten zeigen, welche einzelne Grenze zu lockern wäre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models meeting every constraint: %1, the recommended tier first.</source>
        <translation>Modelle, die alle Bedingungen erfüllen: %1, die empfohlene Stufe zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models failing two or more constraints: %1.</source>
        <translation>Modelle, die zwei oder mehr Bedingungen verfehlen: %1.</translation>
    </message>
</context>
<context>
    <name>RouteCommand</name>
    <message>
        <location filename="../app/routecommand.cpp" line="+38"/>
        <source>--prompt is required</source>
        <translation>--prompt ist erforderlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--quality expects standard, medium or high, not “%1”</source>
        <translation>--quality erwartet standard, medium oder high, nicht „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--tier expects small, medium or large=ENDPOINT_OR_TARGET, not “%1”</source>
        <translation>--tier erwartet small, medium oder large=ENDPOINT_OR_TARGET, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tier %1= needs an endpoint name or a KIND:MODEL@BASE_URL target</source>
        <translation>--tier %1= braucht einen Endpunktnamen oder ein Ziel KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tier: %1 (rule %2, “%3”) → %4</source>
        <translation>Stufe: %1 (Regel %2, „%3“) → %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier: %1 (no rule fired) → %2</source>
        <translation>Stufe: %1 (keine Regel hat gegriffen) → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decides which tier (small, medium, large) should answer a prompt, with the routing rules of the routing configuration (the article&apos;s rules unless edited), and says which rule fired and why each earlier rule did not. Unless --dry-run, it then asks that tier&apos;s endpoint and, if the call fails after the endpoint&apos;s own retries, escalates through every larger tier, reporting each attempt&apos;s error, latency and cost.</source>
        <translation>Entscheidet mit den Routing-Regeln der Routing-Konfiguration (ohne Änderungen die Regeln aus dem Artikel), welche Stufe (small, medium, large) einen Prompt beantworten soll, und nennt die Regel, die gegriffen hat, sowie den Grund, warum jede frühere Regel nicht gegriffen hat. Ohne --dry-run wird danach der Endpunkt dieser Stufe angefragt; scheitert der Aufruf nach den Wiederholungen des Endpunkts, wird über jede größere Stufe eskaliert und für jeden Versuch Fehler, Latenz und Kosten gemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prompt to route.</source>
        <translation>Der zu routende Prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task type, e.g. classification, extraction, summarization.</source>
        <translation>Der Aufgabentyp, z. B. classification, extraction, summarization.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task needs multi-step reasoning.</source>
        <translation>Die Aufgabe erfordert mehrstufiges Schlussfolgern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality asked for: standard (default), medium or high.</source>
        <translation>Die gewünschte Qualität: standard (Vorgabe), medium oder high.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this endpoint name or KIND:MODEL@BASE_URL target for a tier, overriding the routing configuration; repeat for several tiers.</source>
        <translation>Diesen Endpunktnamen oder dieses Ziel KIND:MODEL@BASE_URL für eine Stufe verwenden, statt der Routing-Konfiguration; für mehrere Stufen wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only decide; send nothing.</source>
        <translation>Nur entscheiden; nichts senden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed (HTTP %1)</source>
        <translation>fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Answered by the %1 tier after %n attempt(s); total %2 ms, %3.</source>
        <translation>
            <numerusform>Beantwortet von der Stufe %1 nach %n Versuch; insgesamt %2 ms, %3.</numerusform>
            <numerusform>Beantwortet von der Stufe %1 nach %n Versuchen; insgesamt %2 ms, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingCli</name>
    <message>
        <location filename="../app/routingcli.cpp" line="+17"/>
        <source>The routing configuration file (default: %1).</source>
        <translation>Die Datei der Routing-Konfiguration (Vorgabe: %1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--%1 expects a number from %2 to %3, not “%4”</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../core/routing/routingconfig.cpp" line="+53"/>
        <source>%1: unknown field</source>
        <translation>%1: unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1: must be a list of text</source>
        <translation>%1: muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: must be text</source>
        <translation>%1: muss Text sein</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: must be a whole number from 1</source>
        <translation>%1: muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is newer than this version of Rightsize understands (%3)</source>
        <translation>%1: %2 ist neuer, als diese Rightsize-Version versteht (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+19"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>%1: must be a JSON object</source>
        <translation>%1: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: a level is empty</source>
        <translation>%1: eine Ebene ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be a number from 0 to 1</source>
        <translation>%1: muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unknown assessor “%2” (known: %3)</source>
        <translation>%1: unbekannter Bewerter „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: name at least one assessor</source>
        <translation>%1: nennen Sie mindestens einen Bewerter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: must be a whole number from 1 to 20</source>
        <translation>%1: muss eine ganze Zahl von 1 bis 20 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: must be a number from 0 to 2</source>
        <translation>%1: muss eine Zahl von 0 bis 2 sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a valid regular expression: %2</source>
        <translation>%1: kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be true or false</source>
        <translation>%1: muss true oder false sein</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The judge assessor needs a judge endpoint (a configured endpoint name or a KIND:MODEL@BASE_URL target).</source>
        <translation>Der Bewerter judge braucht einen Endpunkt für das Bewertungsmodell (einen eingerichteten Endpunktnamen oder ein Ziel KIND:MODEL@BASE_URL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown assessor “%1”; known: %2</source>
        <translation>Unbekannter Bewerter „%1“; bekannt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name at least one assessor (known: %1).</source>
        <translation>Nennen Sie mindestens einen Bewerter (bekannt: %1).</translation>
    </message>
</context>
<context>
    <name>RoutingConfigStore</name>
    <message>
        <location line="-203"/>
        <source>Cannot read the routing configuration %1: %2</source>
        <translation>Die Routing-Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The routing configuration %1 is not valid JSON (at byte %2): %3</source>
        <translation>Die Routing-Konfiguration %1 ist kein gültiges JSON (bei Byte %2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The routing configuration %1 is not a JSON object.</source>
        <translation>Die Routing-Konfiguration %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The routing configuration %1 has errors:
%2</source>
        <translation>Die Routing-Konfiguration %1 enthält Fehler:
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1 for the routing configuration.</source>
        <translation>Der Ordner %1 für die Routing-Konfiguration kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write the routing configuration %1: %2</source>
        <translation>Die Routing-Konfiguration %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: “%2” is not a valid target: %3</source>
        <translation>%1: „%2“ ist kein gültiges Ziel: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown endpoint “%2”: no endpoint is configured (add one with &apos;rightsize endpoint add&apos; or write a KIND:MODEL@BASE_URL target)</source>
        <translation>%1: unbekannter Endpunkt „%2“: Es ist kein Endpunkt eingerichtet (fügen Sie einen mit &apos;rightsize endpoint add&apos; hinzu oder schreiben Sie ein Ziel KIND:MODEL@BASE_URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown endpoint “%2”; configured: %3</source>
        <translation>%1: unbekannter Endpunkt „%2“; eingerichtet: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>catalog %1, %2</source>
        <translation>Katalog %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog %1</source>
        <translation>Katalog %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 tier</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No endpoint is configured for the %1 tier(s), which this prompt may be sent to: choose one on the Routing page, or pass --tier TIER=ENDPOINT. Nothing was sent.</source>
        <translation>Für die Stufe(n) %1, an die dieser Prompt gehen kann, ist kein Endpunkt konfiguriert: Wählen Sie einen auf der Routing-Seite oder geben Sie --tier STUFE=ENDPUNKT an. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cascade level is configured: add endpoints as levels, smallest first (Routing page, or --levels). Nothing is sent to an endpoint you did not choose.</source>
        <translation>Keine Kaskadenstufe ist konfiguriert: Fügen Sie Endpunkte als Stufen hinzu, die kleinste zuerst (Routing-Seite oder --levels). An einen Endpunkt, den Sie nicht gewählt haben, wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cascade level %1</source>
        <translation>Kaskadenebene %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Judge</source>
        <translation>Bewertungsmodell</translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <location filename="../ui/pages/routingpage.cpp" line="+46"/>
        <source>&amp;Router</source>
        <translation>&amp;Router</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;scade</source>
        <translation>Ka&amp;skade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it live</source>
        <translation>&amp;Live ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulator</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Settings are saved to %1 as you edit; the command line uses them too.</source>
        <translation>Einstellungen werden beim Bearbeiten in %1 gespeichert; die Befehlszeile verwendet sie ebenfalls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The defaults are shown; your next change replaces the file.</source>
        <translation>%1 Die Vorgaben werden gezeigt; Ihre nächste Änderung ersetzt die Datei.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved to %1; the command line uses these settings too.</source>
        <translation>In %1 gespeichert; die Befehlszeile verwendet diese Einstellungen ebenfalls.</translation>
    </message>
</context>
<context>
    <name>RoutingPolicy</name>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="+40"/>
        <source>no task type was given (the rule wants one of %1)</source>
        <translation>es wurde kein Aufgabentyp angegeben (die Regel verlangt einen von %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>task “%1” is one of %2</source>
        <translation>Aufgabe „%1“ ist eine von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task “%1” is not one of %2</source>
        <translation>Aufgabe „%1“ ist keine von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reasoning was requested</source>
        <translation>Schlussfolgern wurde verlangt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reasoning was not requested</source>
        <translation>Schlussfolgern wurde nicht verlangt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quality “%1” is one of %2</source>
        <translation>Qualität „%1“ ist eine von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality “%1” is not one of %2</source>
        <translation>Qualität „%1“ ist keine von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the prompt has %1 characters, more than %2</source>
        <translation>der Prompt hat %1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the prompt has %1 characters, not more than %2</source>
        <translation>der Prompt hat %1 Zeichen, nicht mehr als %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fired: it applies to every request → %2</source>
        <translation>%1 hat gegriffen: Sie gilt für jede Anfrage → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fired: %2 → %3</source>
        <translation>%1 hat gegriffen: %2 → %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 did not fire: %2</source>
        <translation>%1 hat nicht gegriffen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, field “%2”: %3</source>
        <translation>%1, Feld „%2“: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No rule fired: the smallest tier, %1, is used.</source>
        <translation>Keine Regel hat gegriffen: Die kleinste Stufe, %1, wird verwendet.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The routing policy has no rules.</source>
        <translation>Die Routing-Strategie hat keine Regeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tier must be small, medium or large, not %1</source>
        <translation>die Stufe muss small, medium oder large sein, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a task type is empty</source>
        <translation>ein Aufgabentyp ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the length must not be negative, but is %1</source>
        <translation>die Länge darf nicht negativ sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The routing policy needs a “rules” array.</source>
        <translation>Die Routing-Strategie braucht ein Array „rules“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be “any” or “all”</source>
        <translation>muss „any“ oder „all“ sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list of task names</source>
        <translation>muss eine Liste von Aufgabennamen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of quality levels</source>
        <translation>muss eine Liste von Qualitätsstufen sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not standard, medium or high</source>
        <translation>„%1“ ist nicht standard, medium oder high</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number of characters</source>
        <translation>muss eine ganze Zahl von Zeichen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be small, medium or large, not “%1”</source>
        <translation>muss small, medium oder large sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The routing policy is not a JSON object: %1</source>
        <translation>Die Routing-Strategie ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>RoutingRulesModel</name>
    <message>
        <location filename="../ui/models/routingrulesmodel.cpp" line="+65"/>
        <source>task is %1</source>
        <translation>Aufgabe ist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reasoning requested</source>
        <translation>Schlussfolgern verlangt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reasoning not requested</source>
        <translation>Schlussfolgern nicht verlangt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quality %1</source>
        <translation>Qualität %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prompt over %1 characters</source>
        <translation>Prompt über %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>RoutingSession</name>
    <message>
        <location filename="../core/routing/routingsession.cpp" line="+124"/>
        <location line="+34"/>
        <source>A run is in progress; cancel it first.</source>
        <translation>Ein Lauf ist im Gange; brechen Sie ihn zuerst ab.</translation>
    </message>
</context>
<context>
    <name>RuleConsequence</name>
    <message>
        <location filename="../core/decision/ruleconsequences.cpp" line="+37"/>
        <source>When the catalog has no candidate of that tier, the nearest tier with one is shown first and the page says so.</source>
        <translation>Hat der Katalog keinen Kandidaten dieser Stufe, steht die nächste Stufe mit einem zuerst, und die Seite sagt es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large models are listed first. Within the tier, models with a score on the task&apos;s benchmark rank above those without.</source>
        <translation>Große Modelle stehen zuerst. Innerhalb der Stufe stehen Modelle mit einem Wert beim Benchmark der Aufgabe vor denen ohne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only models that can run on your own hardware stay candidates: open weights with a published size, costed self-hosted with the GPU capacity model. Hosted APIs are near misses (“hosted API: not on-device”). A model without a latency figure is not taken to meet the %1 ms limit.</source>
        <translation>Nur Modelle, die auf Ihrer eigenen Hardware laufen können, bleiben Kandidaten: offene Gewichte mit veröffentlichter Größe, selbst gehostet nach dem GPU-Kapazitätsmodell berechnet. Gehostete APIs sind knapp verfehlt („gehostete API: nicht auf dem Gerät“). Ein Modell ohne Latenzangabe gilt nicht als innerhalb der Grenze von %1 ms.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small models are listed first, and every candidate must be known to cost at most %1 per 1,000 requests: a model without a real price is not taken to meet the limit.</source>
        <translation>Kleine Modelle stehen zuerst, und von jedem Kandidaten muss bekannt sein, dass er höchstens %1 je 1.000 Anfragen kostet: Ein Modell ohne echten Preis gilt nicht als innerhalb der Grenze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large models are listed first. A model whose context window is under %1 tokens is a near miss; one whose window is not published ranks after those known to fit.</source>
        <translation>Große Modelle stehen zuerst. Ein Modell mit einem Kontextfenster unter %1 Token ist knapp verfehlt; eines ohne veröffentlichtes Fenster steht nach denen, die bekanntermaßen passen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 models are listed first. %2</source>
        <translation>Modelle der Stufe %1 stehen zuerst. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The latency limit %2 ms is below the default, so a model without a latency figure ranks after those known to meet it.</source>
        <translation>%1 Die Latenzgrenze von %2 ms liegt unter dem Standard, also steht ein Modell ohne Latenzangabe nach denen, die sie bekanntermaßen einhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 A model whose context window is not published ranks after those known to hold %2 tokens.</source>
        <translation>%1 Ein Modell ohne veröffentlichtes Kontextfenster steht nach denen, die bekanntermaßen %2 Token fassen.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../ui/pages/routing/rulestab.cpp" line="+38"/>
        <source>Rules, first match wins</source>
        <translation>Regeln, der erste Treffer gewinnt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a rule after the selected one</source>
        <translation>Eine Regel nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected rule (Del)</source>
        <translation>Die ausgewählte Regel entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected rule up: it is tried earlier (Alt+Up)</source>
        <translation>Die ausgewählte Regel nach oben verschieben: Sie wird früher geprüft (Alt+Hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected rule down: it is tried later (Alt+Down)</source>
        <translation>Die ausgewählte Regel nach unten verschieben: Sie wird später geprüft (Alt+Runter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the article&apos;s rules</source>
        <translation>Auf die Regeln des Artikels zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task in classification, extraction, embedding → small; reasoning or quality high → large; prompt over 10,000 characters or quality medium → medium; otherwise small</source>
        <translation>Aufgabe in classification, extraction, embedding → small; Schlussfolgern oder Qualität high → large; Prompt über 10.000 Zeichen oder Qualität medium → medium; sonst small</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A label cited in explanations</source>
        <translation>Eine Bezeichnung, die in Erklärungen genannt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any condition holds (or)</source>
        <translation>eine Bedingung trifft zu (oder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every condition holds (and)</source>
        <translation>jede Bedingung trifft zu (und)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any task; or e.g. classification, extraction</source>
        <translation>jede Aufgabe; oder z. B. classification, extraction</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>no condition</source>
        <translation>keine Bedingung</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>reasoning requested</source>
        <translation>Schlussfolgern verlangt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reasoning not requested</source>
        <translation>Schlussfolgern nicht verlangt</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The rule applies to prompts longer than this (Unicode characters, as a person counts them)</source>
        <translation>Die Regel gilt für Prompts, die länger sind (Unicode-Zeichen, wie ein Mensch sie zählt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fires when:</source>
        <translation>Greift, wenn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task is one of:</source>
        <translation>Aufgabe ist eine von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning:</source>
        <translation>Schlussfolgern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality is one of:</source>
        <translation>Qualität ist eine von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt longer than:</source>
        <translation>Prompt länger als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to tier:</source>
        <translation>An Stufe senden:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decision preview</source>
        <translation>Vorschau der Entscheidung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A prompt to route (only its length matters to the rules)</source>
        <translation>Ein zu routender Prompt (für die Regeln zählt nur seine Länge)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follows the prompt; set it to try a length without pasting a long text</source>
        <translation>Folgt dem Prompt; setzen Sie ihn, um eine Länge zu testen, ohne einen langen Text einzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no task given</source>
        <translation>keine Aufgabe angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-step reasoning requested</source>
        <translation>Mehrstufiges Schlussfolgern verlangt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier map: where each tier&apos;s requests go</source>
        <translation>Stufenzuordnung: wohin die Anfragen jeder Stufe gehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>article default: %1</source>
        <translation>Vorgabe aus dem Artikel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configured endpoint, or a target typed as KIND:MODEL@BASE_URL (e.g. openai:gpt-4o-mini@https://api.openai.com/v1); empty: the article&apos;s default</source>
        <translation>Ein eingerichteter Endpunkt oder ein Ziel in der Form KIND:MODEL@BASE_URL (z. B. openai:gpt-4o-mini@https://api.openai.com/v1); leer: die Vorgabe aus dem Artikel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Router rules reset to the article&apos;s four rules.</source>
        <translation>Router-Regeln auf die vier Regeln des Artikels zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>→ %1 tier: no rule matched, so the smallest tier is used</source>
        <translation>→ Stufe %1: Keine Regel hat gepasst, daher wird die kleinste Stufe verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ %1 tier, rule %2 “%3”</source>
        <translation>→ Stufe %1, Regel %2 „%3“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 tier</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <location filename="../core/store/runexport.cpp" line="+218"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <location filename="../core/store/runrepository.cpp" line="+351"/>
        <source>%1 in the history database %2: %3</source>
        <translation>%1 in der Verlaufsdatenbank %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No history database is open.</source>
        <translation>Keine Verlaufsdatenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot start a transaction</source>
        <translation>Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot commit</source>
        <translation>Festschreiben nicht möglich</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot store endpoint %1</source>
        <translation>Endpunkt %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot find endpoint %1</source>
        <translation>Endpunkt %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot store the prompt</source>
        <translation>Der Prompt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot store the run</source>
        <translation>Der Lauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+112"/>
        <source>Cannot store response %1</source>
        <translation>Antwort %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cannot update run %1</source>
        <translation>Lauf %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot update the search index</source>
        <translation>Der Suchindex kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot store streamed text</source>
        <translation>Gestreamter Text kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot store a response status</source>
        <translation>Ein Antwortstatus kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no run %1 in the history database %2.</source>
        <translation>Es gibt keinen Lauf %1 in der Verlaufsdatenbank %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read runs</source>
        <translation>Läufe können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read responses</source>
        <translation>Antworten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+61"/>
        <source>Cannot list runs</source>
        <translation>Läufe können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot count runs</source>
        <translation>Läufe können nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot search runs</source>
        <translation>Läufe können nicht durchsucht werden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot delete runs</source>
        <translation>Läufe können nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SelfConsistencyAssessor</name>
    <message>
        <location filename="../core/routing/selfconsistencyassessor.cpp" line="+36"/>
        <source>no chat client to draw samples with</source>
        <translation>kein Chat-Client, um Stichproben zu ziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no samples were asked for</source>
        <translation>es wurden keine Stichproben angefordert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>every sample failed: %1</source>
        <translation>jede Stichprobe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 answers agree</source>
        <translation>%1 von %2 Antworten stimmen überein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 samples failed: %3)</source>
        <translation>%1 (%2 Stichproben fehlgeschlagen: %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect the next time Rightsize starts.</source>
        <translation>Wird beim nächsten Start von Rightsize wirksam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow the desktop&apos;s colours and style</source>
        <translation>&amp;Farben und Stil des Desktops übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: Rightsize uses its own light look. Takes effect the next time Rightsize starts.</source>
        <translation>Aus: Rightsize verwendet sein eigenes helles Erscheinungsbild. Wird beim nächsten Start von Rightsize wirksam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog a new session starts with; later sessions reopen the catalog used last</source>
        <translation>Der Katalog, mit dem eine neue Sitzung beginnt; spätere Sitzungen öffnen wieder den zuletzt verwendeten Katalog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where “Update prices” on the Catalog page fetches a catalog (LiteLLM&apos;s, models.dev&apos;s api.json or OpenRouter&apos;s /api/v1/models, told apart by their content); empty for LiteLLM&apos;s published file</source>
        <translation>Woher „Preise aktualisieren“ auf der Katalogseite einen Katalog abruft (den von LiteLLM, api.json von models.dev oder /api/v1/models von OpenRouter, am Inhalt unterschieden); leer für die veröffentlichte Datei von LiteLLM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Default catalog:</source>
        <translation>S&amp;tandardkatalog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update prices from:</source>
        <translation>Preise &amp;aktualisieren von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History database:</source>
        <translation>&amp;Verlaufsdatenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs, votes and evaluations are kept in this SQLite file.</source>
        <translation>Läufe, Stimmen und Evaluierungen werden in dieser SQLite-Datei aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many requests a comparison sends at the same time</source>
        <translation>Wie viele Anfragen ein Vergleich gleichzeitig sendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request that stays silent this long is given up</source>
        <translation>Eine Anfrage, die so lange still bleibt, wird aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rightsize sends nothing anywhere: no telemetry, no update checks.</source>
        <translation>Rightsize sendet nichts irgendwohin: keine Telemetrie, keine Update-Prüfungen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>History database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite-Datenbank (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>SimulateCascadeCommand</name>
    <message>
        <location filename="../app/simulatecascadecommand.cpp" line="+144"/>
        <source>Replays stored runs in which the same prompt was answered by several endpoints under &quot;smallest first, escalate while the confidence is below t&quot; for thresholds t from 0 to 1, with no calls: for each t the share of prompts answered at each level, the total cost and the mean quality. Quality comes from your thumbs (up 1, down 0) or else your pairwise votes (win 1, tie 0.5, loss or both bad 0); answers without either are unlabelled. Confidence comes from the stored answers&apos; log-probabilities, or from validation checks on their text. Levels default to the cascade of the routing configuration, else to the endpoints of the selected runs, cheapest first. With --eval-run, an evaluation run is replayed instead: its pass/fail verdicts are the quality and its answers&apos; shape checks (valid JSON, keys, regex, prefix, length) the confidence.</source>
        <translation>Spielt gespeicherte Läufe, in denen derselbe Prompt von mehreren Endpunkten beantwortet wurde, nach „kleinste zuerst, eskalieren, solange die Konfidenz unter t liegt“ für Schwellen t von 0 bis 1 erneut ab, ohne Aufrufe: für jedes t der Anteil der auf jeder Ebene beantworteten Prompts, die Gesamtkosten und die mittlere Qualität. Die Qualität stammt aus Ihren Daumen (hoch 1, runter 0) oder sonst aus Ihren paarweisen Stimmen (Sieg 1, Unentschieden 0.5, Niederlage oder beide schlecht 0); Antworten ohne beides sind unbewertet. Die Konfidenz stammt aus den Log-Wahrscheinlichkeiten der gespeicherten Antworten oder aus Validierungsprüfungen ihres Textes. Die Ebenen sind standardmäßig die Kaskade der Routing-Konfiguration, sonst die Endpunkte der ausgewählten Läufe, günstigste zuerst. Mit --eval-run wird stattdessen ein Evaluierungslauf abgespielt: Seine Bestanden/Nicht-bestanden-Urteile sind die Qualität, die Formprüfungen seiner Antworten (gültiges JSON, Schlüssel, Regex, Präfix, Länge) die Konfidenz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only runs whose prompt or responses contain all these words (as &apos;history list --search&apos;); default: every stored run.</source>
        <translation>Nur Läufe, deren Prompt oder Antworten alle diese Wörter enthalten (wie &apos;history list --search&apos;); Vorgabe: jeder gespeicherte Lauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint names as stored in the runs, smallest first, comma-separated.</source>
        <translation>Endpunktnamen, wie in den Läufen gespeichert, kleinste zuerst, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold step, above 0 and at most 1 (default 0.05).</source>
        <translation>Schrittweite der Schwelle, über 0 und höchstens 1 (Vorgabe 0.05).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the cheapest threshold whose mean quality reaches this, 0–1.</source>
        <translation>Die günstigste Schwelle markieren, deren mittlere Qualität diesen Wert erreicht, 0–1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence source: logprob (default) or validation.</source>
        <translation>Quelle der Konfidenz: logprob (Vorgabe) oder validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation: the answer must contain a match.</source>
        <translation>Validierung: Die Antwort muss einen Treffer enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation: the answer must be a JSON object or array.</source>
        <translation>Validierung: Die Antwort muss ein JSON-Objekt oder -Array sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation: the answer must be a JSON object with this key; repeat for several.</source>
        <translation>Validierung: Die Antwort muss ein JSON-Objekt mit diesem Schlüssel sein; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay this stored evaluation run (see &apos;eval list&apos;) instead of Compare runs.</source>
        <translation>Diesen gespeicherten Evaluierungslauf (siehe &apos;eval list&apos;) statt der Vergleichsläufe abspielen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--step expects a number above 0 and at most 1, not “%1”</source>
        <translation>--step erwartet eine Zahl über 0 und höchstens 1, nicht „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--confidence expects logprob or validation, not “%1”</source>
        <translation>--confidence erwartet logprob oder validation, nicht „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--regex is not a valid regular expression: %1</source>
        <translation>--regex ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--eval-run expects a run number, not “%1”</source>
        <translation>--eval-run erwartet eine Laufnummer, nicht „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no runs are stored in %1</source>
        <translation>in %1 sind keine Läufe gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stored run matches “%1” in %2</source>
        <translation>kein gespeicherter Lauf passt auf „%1“ in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the selected runs have no complete answer to replay</source>
        <translation>die ausgewählten Läufe haben keine vollständige Antwort zum erneuten Abspielen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>none of the %n selected run(s) has a complete answer from %1</source>
        <translation>
            <numerusform>der %n ausgewählte Lauf hat keine vollständige Antwort von %1</numerusform>
            <numerusform>keiner der %n ausgewählten Läufe hat eine vollständige Antwort von %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cascade simulation over %1 prompt(s) from %2 run(s); levels: %3; confidence: %4</source>
        <translation>Kaskadensimulation über %1 Prompt(s) aus %2 Lauf/Läufen; Ebenen: %3; Konfidenz: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always small</source>
        <translation>immer klein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ best</source>
        <translation>◀ beste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always large</source>
        <translation>immer groß</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stored answer has a validation verdict.</source>
        <translation>Keine gespeicherte Antwort hat ein Validierungsurteil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored answer has log-probabilities, so every prompt escalates to its largest level; try --confidence validation.</source>
        <translation>Keine gespeicherte Antwort hat Log-Wahrscheinlichkeiten, daher eskaliert jeder Prompt bis zu seiner größten Ebene; versuchen Sie --confidence validation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some endpoints have no catalog price (ad-hoc targets, or no --catalog-model), so their costs are unknown, not free: give them a catalog model with &apos;rightsize endpoint add … --catalog-model ID&apos;.</source>
        <translation>Einige Endpunkte haben keinen Katalogpreis (Ad-hoc-Ziele oder kein --catalog-model), ihre Kosten sind also unbekannt, nicht null: Geben Sie ihnen ein Katalogmodell mit „rightsize endpoint add … --catalog-model ID“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the newest %1 matching runs were replayed; narrow the selection with --runs.</source>
        <translation>Nur die neuesten %1 passenden Läufe wurden erneut abgespielt; grenzen Sie die Auswahl mit --runs ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cheapest threshold with quality ≥ %1: %2 (cost %3, quality %4; always large: %5).</source>
        <translation>Günstigste Schwelle mit Qualität ≥ %1: %2 (Kosten %3, Qualität %4; immer groß: %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No threshold reaches quality %1.</source>
        <translation>Keine Schwelle erreicht die Qualität %1.</translation>
    </message>
</context>
<context>
    <name>SimulatorTab</name>
    <message>
        <location filename="../ui/pages/routing/simulatortab.cpp" line="+47"/>
        <source>every stored run; or words the prompt or an answer must contain</source>
        <translation>jeder gespeicherte Lauf; oder Wörter, die der Prompt oder eine Antwort enthalten muss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cascade&apos;s levels</source>
        <translation>Die Ebenen der Kaskade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runs&apos; endpoints, cheapest first</source>
        <translation>Die Endpunkte der Läufe, günstigste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which stored answers count as level 1, 2, …: by endpoint name</source>
        <translation>Welche gespeicherten Antworten als Ebene 1, 2, … zählen: nach Endpunktname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation checks (the cascade&apos;s settings)</source>
        <translation>Validierungsprüfungen (die Einstellungen der Kaskade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored log-probabilities</source>
        <translation>Gespeicherte Log-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How confident each stored answer is; runs from the Compare page keep no log-probabilities, so validation is the usual choice</source>
        <translation>Wie sicher jede gespeicherte Antwort ist; Läufe von der Seite „Vergleichen“ speichern keine Log-Wahrscheinlichkeiten, daher ist die Validierung die übliche Wahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mean quality the cascade must keep; the cheapest threshold that does is marked</source>
        <translation>Die mittlere Qualität, die die Kaskade halten muss; die günstigste Schwelle, die das schafft, wird markiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels:</source>
        <translation>Ebenen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence:</source>
        <translation>Konfidenz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target quality:</source>
        <translation>Zielqualität:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold step:</source>
        <translation>Schwellenschritt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay the stored runs for every threshold (F5)</source>
        <translation>Die gespeicherten Läufe für jede Schwelle erneut abspielen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart as PNG, SVG or PDF (Ctrl+Shift+X)</source>
        <translation>Das Diagramm als PNG, SVG oder PDF speichern (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include in the decision memo</source>
        <translation>In das Entscheidungsmemo aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File ▸ Export memo adds this simulation&apos;s chart and table</source>
        <translation>Datei ▸ Memo exportieren fügt Diagramm und Tabelle dieser Simulation hinzu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replays stored runs in which several endpoints answered the same prompt, as if the cascade had run: no call is made. Quality comes from your thumbs and votes on the Compare and History pages. Press Simulate (F5).</source>
        <translation>Spielt gespeicherte Läufe, in denen mehrere Endpunkte denselben Prompt beantwortet haben, so ab, als wäre die Kaskade gelaufen: Es wird kein Aufruf gemacht. Die Qualität stammt aus Ihren Daumen und Stimmen auf den Seiten „Vergleichen“ und „Verlauf“. Drücken Sie „Simulieren“ (F5).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No run history is open, so there is nothing to replay. Runs from the Compare page are stored in the history database; see the History page.</source>
        <translation>Es ist kein Verlauf geöffnet, daher gibt es nichts abzuspielen. Läufe von der Seite „Vergleichen“ werden in der Verlaufsdatenbank gespeichert; siehe die Seite „Verlauf“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No run is stored yet. Run prompts on two or more endpoints on the Compare page, vote or give thumbs, then simulate.</source>
        <translation>Noch kein Lauf gespeichert. Führen Sie auf der Seite „Vergleichen“ Prompts auf zwei oder mehr Endpunkten aus, stimmen Sie ab oder vergeben Sie Daumen und simulieren Sie dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored run matches “%1”.</source>
        <translation>Kein gespeicherter Lauf passt auf „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The selected runs were answered by %n endpoint(s); a cascade needs answers from at least two.</source>
        <translation>
            <numerusform>Die ausgewählten Läufe wurden von %n Endpunkt beantwortet; eine Kaskade braucht Antworten von mindestens zwei.</numerusform>
            <numerusform>Die ausgewählten Läufe wurden von %n Endpunkten beantwortet; eine Kaskade braucht Antworten von mindestens zwei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>None of the %n selected run(s) has a complete answer from %1.</source>
        <translation>
            <numerusform>Der %n ausgewählte Lauf hat keine vollständige Antwort von %1.</numerusform>
            <numerusform>Keiner der %n ausgewählten Läufe hat eine vollständige Antwort von %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>confidence from validation checks</source>
        <translation>Konfidenz aus Validierungsprüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confidence from stored log-probabilities</source>
        <translation>Konfidenz aus gespeicherten Log-Wahrscheinlichkeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored run(s), quality from your thumbs and votes, %1.</source>
        <translation>
            <numerusform>%n gespeicherter Lauf, Qualität aus Ihren Daumen und Stimmen, %1.</numerusform>
            <numerusform>%n gespeicherte Läufe, Qualität aus Ihren Daumen und Stimmen, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored run(s) matching “%1”, quality from your thumbs and votes, %2.</source>
        <translation>
            <numerusform>%n gespeicherter Lauf passend zu „%1“, Qualität aus Ihren Daumen und Stimmen, %2.</numerusform>
            <numerusform>%n gespeicherte Läufe passend zu „%1“, Qualität aus Ihren Daumen und Stimmen, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n prompt(s) replayed</source>
        <translation>
            <numerusform>%n Prompt erneut abgespielt</numerusform>
            <numerusform>%n Prompts erneut abgespielt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 answers have a confidence, %3 a quality label</source>
        <translation>%1 von %2 Antworten haben eine Konfidenz, %3 eine Qualitätsangabe</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only the newest %n runs were loaded</source>
        <translation>
            <numerusform>nur der neueste Lauf (%n) wurde geladen</numerusform>
            <numerusform>nur die neuesten %n Läufe wurden geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer could be validated, so every prompt escalates to its largest level.</source>
        <translation>Keine Antwort konnte validiert werden, daher eskaliert jeder Prompt bis zu seiner größten Ebene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored answer has log-probabilities, so every prompt escalates to its largest level: choose validation checks.</source>
        <translation>Keine gespeicherte Antwort hat Log-Wahrscheinlichkeiten, daher eskaliert jeder Prompt bis zu seiner größten Ebene: Wählen Sie Validierungsprüfungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer has a quality label: give thumbs or votes on the Compare or History page.</source>
        <translation>Keine Antwort hat eine Qualitätsangabe: Vergeben Sie Daumen oder Stimmen auf der Seite „Vergleichen“ oder „Verlauf“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cascade simulated over %n prompt(s).</source>
        <translation>
            <numerusform>Kaskade über %n Prompt simuliert.</numerusform>
            <numerusform>Kaskade über %n Prompts simuliert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>Simulate first: there is no chart to export yet.</source>
        <translation>Simulieren Sie zuerst: Es gibt noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cascade chart</source>
        <translation>Kaskadendiagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG images (*.svg);;PDF documents (*.pdf)</source>
        <translation>PNG-Bilder (*.png);;SVG-Bilder (*.svg);;PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>SpectrumStrip</name>
    <message>
        <location filename="../ui/widgets/spectrumstrip.cpp" line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 parameters; the article&apos;s examples: %3; sweet spot: %4</source>
        <translation>%1: %2 Parameter; Beispiele aus dem Artikel: %3; optimaler Bereich: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <location filename="../core/store/storeworker.cpp" line="+56"/>
        <source>The history database %1 is closed.</source>
        <translation>Die Verlaufsdatenbank %1 ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <location filename="../core/providers/targetspec.cpp" line="+24"/>
        <source>bad target “%1”: %2 (expected KIND:MODEL@BASE_URL, e.g. openai:tiny@http://127.0.0.1:8080/v1)</source>
        <translation>ungültiges Ziel „%1“: %2 (erwartet KIND:MODEL@BASE_URL, z. B. openai:tiny@http://127.0.0.1:8080/v1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no kind</source>
        <translation>keine Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind “%1”; use openai, anthropic or ollama</source>
        <translation>unbekannte Art „%1“; verwenden Sie openai, anthropic oder ollama</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no @http:// or @https:// base URL</source>
        <translation>keine Basis-URL mit @http:// oder @https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <location filename="../core/compare/templateexpander.cpp" line="+96"/>
        <source>Unknown template variable(s) %1: give each a value or remove it from the prompt</source>
        <translation>Unbekannte Vorlagenvariable(n) %1: Geben Sie jeder einen Wert oder entfernen Sie sie aus dem Prompt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the system prompt: %1</source>
        <translation>Im System-Prompt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the user prompt: %1</source>
        <translation>Im Benutzer-Prompt: %1</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <location filename="../core/catalog/tier.cpp" line="+39"/>
        <source>Tiny</source>
        <translation>Winzig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontier</source>
        <translation>Frontier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt; 1B</source>
        <translation>&lt; 1 Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings, classification</source>
        <translation>Embeddings, Klassifikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–7B</source>
        <translation>1–7 Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-device, high-volume</source>
        <translation>Auf dem Gerät, hohes Volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7–70B</source>
        <translation>7–70 Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex tasks, balanced</source>
        <translation>Komplexe Aufgaben, ausgewogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>70B+</source>
        <translation>70 Mrd.+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning, multi-modal</source>
        <translation>Schlussfolgern, multimodal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research, hardest tasks</source>
        <translation>Forschung, schwierigste Aufgaben</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>by parameter count</source>
        <translation>nach Parameterzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>guessed from the price band (size not published)</source>
        <translation>aus dem Preisband geschätzt (Größe nicht veröffentlicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by leaderboard score (closed model, size not published)</source>
        <translation>nach Leaderboard-Wert (geschlossenes Modell, Größe nicht veröffentlicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown (no size and no real price published)</source>
        <translation>unbekannt (weder Größe noch echter Preis veröffentlicht)</translation>
    </message>
</context>
<context>
    <name>TierMap</name>
    <message>
        <location filename="../core/routing/tiermap.cpp" line="+26"/>
        <source>the article&apos;s price</source>
        <translation>der Preis aus dem Artikel</translation>
    </message>
</context>
<context>
    <name>TierRules</name>
    <message>
        <location filename="../core/decision/tierrules.cpp" line="+40"/>
        <source>Reasoning on a complex task</source>
        <translation>Schlussfolgern bei einer komplexen Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-step reasoning is not required</source>
        <translation>Mehrstufiges Schlussfolgern ist nicht erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-step reasoning is required, but the complexity is %1, not %2</source>
        <translation>Mehrstufiges Schlussfolgern ist erforderlich, aber die Komplexität ist %1, nicht %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-step reasoning is required and the complexity is %1: a large model is needed</source>
        <translation>Mehrstufiges Schlussfolgern ist erforderlich und die Komplexität ist %1: Ein großes Modell wird benötigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strict latency</source>
        <translation>Strenge Latenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max latency %1 ms is under %2 ms: the model must run on-device</source>
        <translation>Max. Latenz %1 ms liegt unter %2 ms: Das Modell muss auf dem Gerät laufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency %1 ms is not under %2 ms</source>
        <translation>Max. Latenz %1 ms liegt nicht unter %2 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tight budget at high volume</source>
        <translation>Knappes Budget bei hohem Volumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Max cost %1 per 1,000 requests is under %2 and %3 requests per day is over %4: only a small model is affordable</source>
        <translation>Max. Kosten %1 pro 1.000 Anfragen liegen unter %2 und %3 Anfragen pro Tag liegen über %4: Nur ein kleines Modell ist bezahlbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max cost %1 per 1,000 requests is under %2, but %3 requests per day is not over %4</source>
        <translation>Max. Kosten %1 pro 1.000 Anfragen liegen unter %2, aber %3 Anfragen pro Tag liegen nicht über %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max cost %1 per 1,000 requests is not under %2 (%3 requests per day is over %4)</source>
        <translation>Max. Kosten %1 pro 1.000 Anfragen liegen nicht unter %2 (%3 Anfragen pro Tag liegen über %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max cost %1 per 1,000 requests is not under %2, and %3 requests per day is not over %4</source>
        <translation>Max. Kosten %1 pro 1.000 Anfragen liegen nicht unter %2, und %3 Anfragen pro Tag liegen nicht über %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length %1 tokens is over %2: a large model is needed for long context</source>
        <translation>Kontextlänge %1 Tokens liegt über %2: Für langen Kontext wird ein großes Modell benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context length %1 tokens is not over %2</source>
        <translation>Kontextlänge %1 Tokens liegt nicht über %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simple task</source>
        <translation>Einfache Aufgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Complexity is %1, not %2</source>
        <translation>Komplexität ist %1, nicht %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The task is simple and min accuracy %1 is under %2: a tiny model is enough</source>
        <translation>Die Aufgabe ist einfach und die Mindestgenauigkeit %1 liegt unter %2: Ein winziges Modell genügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task is simple, but min accuracy %1 is not under %2: a small model is needed</source>
        <translation>Die Aufgabe ist einfach, aber die Mindestgenauigkeit %1 liegt nicht unter %2: Ein kleines Modell wird benötigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medium-complexity task</source>
        <translation>Aufgabe mittlerer Komplexität</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The task is of medium complexity and min accuracy %1 is under %2: a small model is enough</source>
        <translation>Die Aufgabe hat mittlere Komplexität und die Mindestgenauigkeit %1 liegt unter %2: Ein kleines Modell genügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task is of medium complexity and min accuracy %1 is not under %2: a medium model is needed</source>
        <translation>Die Aufgabe hat mittlere Komplexität und die Mindestgenauigkeit %1 liegt nicht unter %2: Ein mittleres Modell wird benötigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balanced default</source>
        <translation>Ausgewogene Vorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier rule applies (complexity %1, no multi-step reasoning): a medium model is the balanced default</source>
        <translation>Keine frühere Regel trifft zu (Komplexität %1, kein mehrstufiges Schlussfolgern): Ein mittleres Modell ist die ausgewogene Vorgabe</translation>
    </message>
</context>
<context>
    <name>ValidationAssessor</name>
    <message>
        <location filename="../core/routing/validationassessor.cpp" line="+42"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not empty</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pattern %1 is not a valid regular expression: %2</source>
        <translation>das Muster %1 ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches %1</source>
        <translation>passt auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer does not match %1</source>
        <translation>die Antwort passt nicht auf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer is not valid JSON: %1</source>
        <translation>die Antwort ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is JSON but not an object</source>
        <translation>die Antwort ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON has the keys %1</source>
        <translation>JSON hat die Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the JSON lacks the keys %1</source>
        <translation>dem JSON fehlen die Schlüssel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid JSON</source>
        <translation>gültiges JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed: %1</source>
        <translation>bestanden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>VoteRatings</name>
    <message>
        <location filename="../core/eval/voteratings.cpp" line="+87"/>
        <source>Could not read the votes: %1</source>
        <translation>Die Stimmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the voted runs: %1</source>
        <translation>Die abgestimmten Läufe konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>VoteRepository</name>
    <message>
        <location filename="../core/store/voterepository.cpp" line="+76"/>
        <source>Cannot store the vote on run %1 in %2: %3</source>
        <translation>Die Stimme zu Lauf %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot store the rating of run %1 in %2: %3</source>
        <translation>Die Bewertung von Lauf %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read votes from %1: %2</source>
        <translation>Stimmen können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read ratings from %1: %2</source>
        <translation>Bewertungen können nicht aus %1 gelesen werden: %2</translation>
    </message>
</context>
</TS>
