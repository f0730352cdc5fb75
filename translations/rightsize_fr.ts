<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+42"/>
        <source>About Rightsize</source>
        <translation>À propos de Rightsize</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- Rightsize %1</source>
        <translation>- Rightsize %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Qt %1 (built with %2)</source>
        <translation>- Qt %1 (compilé avec %2)</translation>
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

Choisissez la bonne taille de modèle de langage, preuves à l’appui.

## Versions

%2

## Où vos données sont conservées

- Paramètres&#xa0;: `%3`
- Catalogues importés&#xa0;: `%4`
- Vos modifications des catalogues&#xa0;: `%5`
- Base de données de l’historique&#xa0;: `%6`

Rightsize n’envoie rien nulle part&#xa0;: aucune télémétrie, aucune recherche de mises à jour.

## Catalogue utilisé

%7 (prix au %8). %9

</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../core/secrets/apikeystore.cpp" line="+33"/>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variable %1</source>
        <translation>variable d’environnement %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no keychain support</source>
        <translation>pas de prise en charge du trousseau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No keychain is available (%1): API keys are read from environment variables (RIGHTSIZE_KEY_&lt;ENDPOINT&gt;, OPENAI_API_KEY, ANTHROPIC_API_KEY).</source>
        <translation>Aucun trousseau n’est disponible (%1)&#xa0;: les clés d’API sont lues dans les variables d’environnement (RIGHTSIZE_KEY_&lt;ENDPOINT&gt;, OPENAI_API_KEY, ANTHROPIC_API_KEY).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain service is not available</source>
        <translation>le service de trousseau n’est pas disponible</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot store the key of endpoint %1 in the keychain: %2</source>
        <translation>Impossible d’enregistrer la clé du point de terminaison %1 dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot store the key of endpoint %1: no keychain is available (%2). Set the environment variable %3 instead.</source>
        <translation>Impossible d’enregistrer la clé du point de terminaison %1&#xa0;: aucun trousseau n’est disponible (%2). Définissez plutôt la variable d’environnement %3.</translation>
    </message>
</context>
<context>
    <name>BreakEvenTableModel</name>
    <message>
        <location filename="../ui/models/breakeventablemodel.cpp" line="+22"/>
        <source>Choose two or more models.</source>
        <translation>Choisissez deux modèles ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None between %1 and %2 requests/day: the cheaper option never changes.</source>
        <translation>Aucun entre %1 et %2 requêtes/jour&#xa0;: l’option la moins chère ne change jamais.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A replica is added here and the costs swap order without meeting.</source>
        <translation>Un réplica est ajouté ici et les coûts s’inversent sans se croiser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests/day</source>
        <translation>Requêtes/jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../ui/models/candidatetablemodel.cpp" line="+36"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1B (%2B active)</source>
        <translation>%1 G (%2 G actifs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1B</source>
        <translation>%1 G</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
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
        <translation>inconnu (auto-hébergé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (self-hosted)</source>
        <translation>%1 (auto-hébergé)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API-equivalent: %1 a month on %2</source>
        <translation>Équivalent API&#xa0;: %1 par mois avec %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>value pick</source>
        <translation>choix rapport qualité-prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best quality</source>
        <translation>meilleure qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheapest</source>
        <translation>le moins cher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick: %1</source>
        <translation>Choix&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (id %2), catalog %3 of %4</source>
        <translation>%1 (id %2), catalogue %3 du %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixture of experts: %1B parameters in all, %2B active per token; the tier goes by the total, which is what has to be held in memory</source>
        <translation>Mélange d’experts&#xa0;: %1 G de paramètres en tout, %2 G actifs par jeton&#xa0;; le niveau suit le total, qui doit tenir en mémoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size not published</source>
        <translation>Taille non publiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 score for this model: no evidence</source>
        <translation>Aucun score %1 pour ce modèle&#xa0;: aucune preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, 95 % interval %3–%4 — source: %5, %6</source>
        <translation>%1&#xa0;: %2, intervalle à 95&#xa0;% %3–%4 — source&#xa0;: %5, %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 — source: %3, %4</source>
        <translation>%1&#xa0;: %2 — source&#xa0;: %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-hosted, but no GPU price is known: give one in the Cost explorer</source>
        <translation>Auto-hébergé, mais aucun prix de GPU n’est connu&#xa0;: indiquez-en un dans l’explorateur de coûts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosted around the clock — replicas: %1, price per GPU hour: %2</source>
        <translation>Auto-hébergé en continu — réplicas&#xa0;: %1, prix par heure GPU&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>Le catalogue indique 0&#xa0;$ en entrée et en sortie&#xa0;: un substitut, le prix est donc inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API: %1 per 1M input tokens, %2 per 1M output tokens</source>
        <translation>API&#xa0;: %1 par million de jetons en entrée, %2 par million de jetons en sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (a month: GPU rental %2, power %3, hardware %4)</source>
        <translation>%1 (par mois&#xa0;: location de GPU %2, électricité %3, matériel %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The same traffic on %2, the cheapest comparable API: %3 a month</source>
        <translation>%1. Le même trafic sur %2, l’API comparable la moins chère&#xa0;: %3 par mois</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quality on %1</source>
        <translation>Qualité sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By parameter count where it is published (mixtures of experts by their total); ~: guessed from the price band</source>
        <translation>Selon le nombre de paramètres s’il est publié (mélanges d’experts selon leur total)&#xa0;; ~&#xa0;: estimé d’après la tranche de prix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per request</source>
        <translation>Par requête</translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <location filename="../core/routing/cascade.cpp" line="+15"/>
        <source>The cascade has no levels.</source>
        <translation>La cascade n’a aucun palier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cascade&apos;s threshold %1 is outside 0–1.</source>
        <translation>Le seuil %1 de la cascade est hors de l’intervalle 0–1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the chat client is gone</source>
        <translation>le client de chat n’existe plus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the call failed: %1</source>
        <translation>l’appel a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1 (%2): %3</source>
        <translation>palier %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No level of the cascade answered. %1</source>
        <translation>Aucun palier de la cascade n’a répondu. %1</translation>
    </message>
</context>
<context>
    <name>CascadeCommand</name>
    <message>
        <location filename="../app/cascadecommand.cpp" line="+39"/>
        <source>--levels needs at least one endpoint name or KIND:MODEL@BASE_URL target</source>
        <translation>--levels nécessite au moins un nom de point de terminaison ou une cible KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--assessor expects %1, not “%2”</source>
        <translation>--assessor attend %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--samples expects a whole number from 1 to 20</source>
        <translation>--samples attend un nombre entier de 1 à 20</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--regex is not a valid regular expression: %1</source>
        <translation>--regex n’est pas une expression régulière valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Asks the cascade&apos;s levels smallest first and returns the first answer whose confidence reaches the threshold; if none does, the last answer. Reports each level&apos;s confidence, latency and cost, and what asking only the largest level would have cost. Levels, threshold, assessors and judge default to the routing configuration (threshold 0.8 when not configured; levels must be configured or given).</source>
        <translation>Interroge les niveaux de la cascade du plus petit au plus grand et renvoie la première réponse dont la confiance atteint le seuil ; si aucune ne l’atteint, la dernière. Indique la confiance, la latence et le coût de chaque niveau, et ce qu’aurait coûté le seul niveau le plus grand. Niveaux, seuil, évaluateurs et juge viennent par défaut de la configuration de routage (seuil 0,8 s’il n’est pas configuré ; les niveaux doivent être configurés ou donnés).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prompt.</source>
        <translation>Le prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint names or KIND:MODEL@BASE_URL targets, smallest first, comma-separated.</source>
        <translation>Noms de points de terminaison ou cibles KIND:MODEL@BASE_URL, du plus petit au plus grand, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept an answer whose confidence is at least this, 0–1 (default 0.8).</source>
        <translation>Accepter une réponse dont la confiance est au moins égale à cette valeur, 0–1 (0.8 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence source: logprob, consistency, validation or judge; repeat to take the mean of several (default logprob).</source>
        <translation>Source de confiance&#xa0;: logprob, consistency, validation ou judge&#xa0;; à répéter pour prendre la moyenne de plusieurs (logprob par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint name or target that grades answers for the judge assessor.</source>
        <translation>Le nom du point de terminaison ou la cible qui note les réponses pour l’estimateur juge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra samples for the consistency assessor (default 4).</source>
        <translation>Échantillons supplémentaires pour l’estimateur de cohérence (4 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation assessor: the answer must contain a match.</source>
        <translation>Estimateur de validation&#xa0;: la réponse doit contenir une correspondance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation assessor: the answer must be a JSON object or array.</source>
        <translation>Estimateur de validation&#xa0;: la réponse doit être un objet ou un tableau JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation assessor: the answer must be a JSON object with this key; repeat for several.</source>
        <translation>Estimateur de validation&#xa0;: la réponse doit être un objet JSON avec cette clé&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--prompt is required</source>
        <translation>--prompt est obligatoire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Level %1: asking %2…</source>
        <translation>Palier %1&#xa0;: interrogation de %2…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Level</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency ms</source>
        <translation>Latence ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1: no confidence: %2</source>
        <translation>Palier %1&#xa0;: aucune confiance&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered by level %1 (%2) with confidence %3 ≥ %4.</source>
        <translation>Réponse du palier %1 (%2) avec une confiance de %3 ≥ %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No level reached the threshold %1; the answer of level %2 (%3) is returned.</source>
        <translation>Aucun palier n’a atteint le seuil %1&#xa0;; la réponse du palier %2 (%3) est renvoyée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost %1; asking only the largest level: %2%3.</source>
        <translation>Coût %1&#xa0;; en interrogeant seulement le plus grand palier&#xa0;: %2%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (estimated from this answer&apos;s tokens)</source>
        <translation> (estimé d’après les jetons de cette réponse)</translation>
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
        <translation>palier %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cascade: cost versus quality across thresholds</source>
        <translation>Cascade&#xa0;: coût et qualité selon le seuil</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Total cost of the %n prompt(s), USD</source>
        <translation>
            <numerusform>Coût total de %n prompt, USD</numerusform>
            <numerusform>Coût total des %n prompts, USD</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mean quality of the answers returned (0–1)</source>
        <translation>Qualité moyenne des réponses renvoyées (0–1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Thresholds swept</source>
        <translation>Seuils balayés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>always small</source>
        <translation>toujours petit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>always large</source>
        <translation>toujours grand</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Always small</source>
        <translation>Toujours petit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always large</source>
        <translation>Toujours grand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cheapest at target: t = %1 (%2, %3)</source>
        <translation>Le moins cher à la cible&#xa0;: t = %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Levels: %1.</source>
        <translation>Paliers&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer of these runs has a quality label (a vote or a thumb), so there is no quality to plot.</source>
        <translation>Aucune réponse de ces exécutions n’a d’étiquette de qualité (un vote ou un pouce)&#xa0;: il n’y a donc aucune qualité à tracer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Threshold %1&lt;/b&gt;&lt;br&gt;Cost %2 · quality %3 (%4 labelled)&lt;br&gt;Answered at: %5</source>
        <translation>&lt;b&gt;Seuil %1&lt;/b&gt;&lt;br&gt;Coût %2 · qualité %3 (%4 étiquetées)&lt;br&gt;Réponse au palier&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>CascadeSimulationTableModel</name>
    <message>
        <location filename="../ui/models/cascadesimulationtablemodel.cpp" line="+16"/>
        <source>Always small</source>
        <translation>Toujours petit</translation>
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
        <translation>%1 ◀ cible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always large</source>
        <translation>Toujours grand</translation>
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
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labelled</source>
        <translation>Étiquetées</translation>
    </message>
</context>
<context>
    <name>CascadeSimulator</name>
    <message>
        <location filename="../core/routing/cascadesimulator.cpp" line="+127"/>
        <source>The threshold step %1 must lie above 0 and at most 1.</source>
        <translation>Le pas de seuil %1 doit être supérieur à 0 et au plus égal à 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no prompts to replay.</source>
        <translation>Il n’y a aucun prompt à rejouer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed prompt)</source>
        <translation>(prompt sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt “%1” has no answers.</source>
        <translation>Le prompt «&#xa0;%1&#xa0;» n’a aucune réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt “%1” has an answer at the negative level %2.</source>
        <translation>Le prompt «&#xa0;%1&#xa0;» a une réponse au palier négatif %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt “%1” has two answers at level %2.</source>
        <translation>Le prompt «&#xa0;%1&#xa0;» a deux réponses au palier %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt “%1”, level %2: the confidence %3 is outside 0–1.</source>
        <translation>Prompt «&#xa0;%1&#xa0;», palier %2&#xa0;: la confiance %3 est hors de l’intervalle 0–1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt “%1”, level %2: the quality %3 is outside 0–1.</source>
        <translation>Prompt «&#xa0;%1&#xa0;», palier %2&#xa0;: la qualité %3 est hors de l’intervalle 0–1.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 (repeat %2)</source>
        <translation>%1 (répétition %2)</translation>
    </message>
</context>
<context>
    <name>CascadeTab</name>
    <message>
        <location filename="../ui/pages/routing/cascadetab.cpp" line="+35"/>
        <source>Levels, smallest first</source>
        <translation>Paliers, du plus petit au plus grand</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+88"/>
        <source>endpoint name or KIND:MODEL@BASE_URL</source>
        <translation>nom de point de terminaison ou KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Add level</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the endpoint as the next larger level</source>
        <translation>Ajouter le point de terminaison comme palier immédiatement supérieur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An answer whose confidence reaches this is returned; below it the next level is asked (the article&apos;s default: 0.8)</source>
        <translation>Une réponse dont la confiance atteint cette valeur est renvoyée&#xa0;; en dessous, le palier suivant est interrogé (valeur par défaut de l’article&#xa0;: 0,8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence threshold:</source>
        <translation>Seuil de confiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence from (several: their mean)</source>
        <translation>Confiance issue de (plusieurs&#xa0;: leur moyenne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log-probabilities (mean token probability)</source>
        <translation>Log-probabilités (probabilité moyenne des jetons)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-consistency (agreement of extra samples)</source>
        <translation>Auto-cohérence (accord des échantillons supplémentaires)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation (non-empty, pattern, JSON)</source>
        <translation>Validation (non vide, motif, JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge (a larger model grades 0–1)</source>
        <translation>Juge (un modèle plus grand note de 0 à 1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>samples: </source>
        <translation>échantillons&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>temperature: </source>
        <translation>température&#xa0;: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer must contain a match (regular expression); optional</source>
        <translation>la réponse doit contenir une correspondance (expression régulière)&#xa0;; facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer must be JSON</source>
        <translation>La réponse doit être du JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required JSON keys, comma-separated; optional</source>
        <translation>clés JSON requises, séparées par des virgules&#xa0;; facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys:</source>
        <translation>Clés&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judge:</source>
        <translation>Juge&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cascade level %1</source>
        <translation>Palier de cascade %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No levels yet: add configured endpoints, smallest first. Nothing is sent until you do.</source>
        <translation>Pas encore de niveaux : ajoutez des points de terminaison configurés, le plus petit d’abord. Rien n’est envoyé d’ici là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One level only: every prompt is answered by it. Add a larger level to escalate to.</source>
        <translation>Un seul palier&#xa0;: il répond à chaque prompt. Ajoutez un palier plus grand vers lequel escalader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a level for the endpoint and the price it is charged at.</source>
        <translation>Survolez un palier pour voir le point de terminaison et le prix qui lui est appliqué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The judge assessor needs a judge endpoint.</source>
        <translation>L’estimateur juge nécessite un point de terminaison juge.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The cascade needs at least one confidence source.</source>
        <translation>La cascade nécessite au moins une source de confiance.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the endpoint that grades the answers (usually a large model).</source>
        <translation>Choisissez le point de terminaison qui note les réponses (généralement un grand modèle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <location filename="../core/catalog/catalogdiff.cpp" line="+110"/>
        <source>matched: %1 · differ by more than %2 %: %3 · unpriced in one or both: %4 · only in A: %5 · only in B: %6</source>
        <translation>appariés : %1 · écart de plus de %2 % : %3 · sans prix dans l’un ou les deux : %4 · seulement dans A : %5 · seulement dans B : %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added: %1 · removed: %2 · new prices: %3 · other changes: %4 · unchanged: %5</source>
        <translation>ajoutés&#xa0;: %1 · supprimés&#xa0;: %2 · nouveaux prix&#xa0;: %3 · autres modifications&#xa0;: %4 · inchangés&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>CatalogFetcher</name>
    <message>
        <location filename="../core/catalog/catalogfetcher.cpp" line="+57"/>
        <source>Cannot fetch the catalog from %1: this is not a valid address (expected e.g. https://…); change it in Settings.</source>
        <translation>Impossible de récupérer le catalogue depuis %1&#xa0;: cette adresse n’est pas valide (attendu p. ex. https://…)&#xa0;; modifiez-la dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot fetch the catalog from %1: no network access is available.</source>
        <translation>Impossible de récupérer le catalogue depuis %1&#xa0;: aucun accès réseau n’est disponible.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot fetch the catalog from %1: the server answered HTTP %2 %3. Check the address in Settings.</source>
        <translation>Impossible de récupérer le catalogue depuis %1&#xa0;: le serveur a répondu HTTP %2 %3. Vérifiez l’adresse dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot fetch the catalog from %1: the server did not answer in time (timeout: %2 s). Are you offline?</source>
        <translation>Impossible de récupérer le catalogue depuis %1&#xa0;: le serveur n’a pas répondu à temps (délai&#xa0;: %2 s). Êtes-vous hors ligne&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot fetch the catalog from %1: %2. Are you offline? Check the connection, or change the address in Settings.</source>
        <translation>Impossible de récupérer le catalogue depuis %1&#xa0;: %2. Êtes-vous hors ligne&#xa0;? Vérifiez la connexion ou modifiez l’adresse dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot fetch the catalog from %1: %2</source>
        <translation>Impossible de récupérer le catalogue depuis %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CatalogFormat</name>
    <message>
        <location filename="../core/catalog/catalogformat.cpp" line="+37"/>
        <source>Cannot load catalog %1: %2</source>
        <translation>Impossible de charger le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>field &quot;%1&quot;: %2</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <location line="+304"/>
        <location line="+33"/>
        <source>required but missing</source>
        <translation>obligatoire mais absent</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>expected a non-empty string</source>
        <translation>une chaîne non vide était attendue</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>une chaîne était attendue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a date in the form YYYY-MM-DD</source>
        <translation>une date au format AAAA-MM-JJ était attendue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number</source>
        <translation>un nombre était attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number ≥ 0</source>
        <translation>un nombre ≥ 0 était attendu</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+269"/>
        <source>expected a whole number greater than 0</source>
        <translation>un nombre entier supérieur à 0 était attendu</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>expected true or false</source>
        <translation>true ou false était attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>expected a list of strings</source>
        <translation>une liste de chaînes était attendue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a list</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>benchmark &quot;%1&quot;</source>
        <translation>benchmark «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benchmark #%1</source>
        <translation>benchmark n° %1</translation>
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
        <translation>%1&#xa0;: un objet était attendu</translation>
    </message>
    <message>
        <location line="-596"/>
        <source>expected &quot;accuracy&quot; or &quot;rating&quot;</source>
        <translation>«&#xa0;accuracy&#xa0;» ou «&#xa0;rating&#xa0;» était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <location line="+7"/>
        <source>expected a number greater than 0</source>
        <translation>un nombre supérieur à 0 était attendu</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>task &quot;%1&quot;</source>
        <translation>tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task #%1</source>
        <translation>tâche n° %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+427"/>
        <location line="+124"/>
        <source>model &quot;%1&quot;</source>
        <translation>modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>model #%1</source>
        <translation>modèle n° %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>more active parameters than parameters in all (&quot;parameters_b&quot;)</source>
        <translation>plus de paramètres actifs que de paramètres en tout («&#xa0;parameters_b&#xa0;»)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected one of tiny, small, medium, large, frontier</source>
        <translation>une valeur parmi tiny, small, medium, large, frontier était attendue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected one of parameters, price_band, score, unknown</source>
        <translation>attendu&#xa0;: parameters, price_band, score ou unknown</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+36"/>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1 field &quot;%2&quot;: %3 USD per 1M tokens is out of range (at most %4)</source>
        <translation>%1 champ « %2 » : %3 USD par million de jetons est hors limites (au plus %4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>models.dev prices: %1</source>
        <translation>Prix models.dev : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text models imported from a models.dev api.json file, one entry per provider and model; each model is dated by its last update on models.dev; tiers come from the size the name states, else from the blended price band rule; a model without a cost, or with $0 outside local servers, has an unknown price.</source>
        <translation>Modèles de texte importés d’un fichier api.json de models.dev, une entrée par fournisseur et par modèle ; chaque modèle est daté de sa dernière mise à jour sur models.dev ; les niveaux viennent de la taille indiquée dans le nom, sinon de la règle des tranches de prix mixte ; un modèle sans coût, ou à 0 $ hors serveurs locaux, a un prix inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>models.dev api.json (sst/models.dev, MIT)</source>
        <translation>models.dev api.json (sst/models.dev, MIT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>provider &quot;%1&quot;</source>
        <translation>fournisseur « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 field &quot;models&quot;: expected an object of models</source>
        <translation>%1 champ « models » : un objet de modèles est attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a model has an empty name</source>
        <translation>%1 : un modèle a un nom vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model &quot;%1/%2&quot;</source>
        <translation>modèle « %1/%2 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 field &quot;modalities&quot;: expected an object</source>
        <translation>%1 champ « modalities » : un objet est attendu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 field &quot;limit&quot;: expected an object</source>
        <translation>%1 champ « limit » : un objet est attendu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>models.dev: cached input costs $%1 per 1M tokens</source>
        <translation>models.dev : l’entrée en cache coûte %1 $ par million de jetons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 field &quot;cost&quot;: expected an object</source>
        <translation>%1 champ « cost » : un objet est attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 field &quot;%2&quot;: expected a date in the form YYYY-MM-DD</source>
        <translation>%1 champ « %2 » : une date de la forme AAAA-MM-JJ est attendue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>models.dev lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>models.dev indique 0 $ en entrée et en sortie : une valeur provisoire, le prix est donc inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models.dev lists no cost: the price is unknown</source>
        <translation>models.dev n’indique aucun coût : le prix est inconnu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OpenRouter prices: %1</source>
        <translation>Prix OpenRouter : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text models imported from OpenRouter&apos;s model list (/api/v1/models), priced as OpenRouter charges; tiers come from the size the name states, else from the blended price band rule; a variable price (-1) or $0 counts as unknown.</source>
        <translation>Modèles de texte importés de la liste de modèles d’OpenRouter (/api/v1/models), aux prix facturés par OpenRouter ; les niveaux viennent de la taille indiquée dans le nom, sinon de la règle des tranches de prix mixte ; un prix variable (-1) ou 0 $ compte comme inconnu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenRouter /api/v1/models (openrouter.ai)</source>
        <translation>OpenRouter /api/v1/models (openrouter.ai)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: listed twice</source>
        <translation>%1 : listé deux fois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 field &quot;architecture&quot;: expected an object</source>
        <translation>%1 champ « architecture » : un objet est attendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 field &quot;pricing&quot;: required but missing</source>
        <translation>%1 champ « pricing » : obligatoire mais absent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 field &quot;%2&quot;: expected a price per token such as &quot;0.000002&quot;</source>
        <translation>%1 champ « %2 » : un prix par jeton tel que « 0.000002 » est attendu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>OpenRouter prices this router by the model it picks: the price is unknown</source>
        <translation>OpenRouter facture ce routeur selon le modèle qu’il choisit : le prix est inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenRouter lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>OpenRouter indique 0 $ en entrée et en sortie : une valeur provisoire, le prix est donc inconnu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Chat models imported from a LiteLLM model_prices_and_context_window.json file; tiers come from the size the name states (mixture-of-experts models by their total size), else from the blended price band rule; a $0 price outside local servers is a placeholder and counts as unknown.</source>
        <translation>Modèles de chat importés d’un fichier LiteLLM model_prices_and_context_window.json&#xa0;; les niveaux viennent de la taille que donne le nom (les mélanges d’experts selon leur taille totale), sinon de la règle de la tranche de prix combinée&#xa0;; un prix de 0&#xa0;$ hors serveurs locaux est un substitut et compte comme inconnu.</translation>
    </message>
    <message>
        <location line="-542"/>
        <location line="+105"/>
        <location line="+95"/>
        <source>benchmark &quot;%1&quot; is not declared in &quot;benchmarks&quot;</source>
        <translation>le benchmark «&#xa0;%1&#xa0;» n’est pas déclaré dans «&#xa0;benchmarks&#xa0;»</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>an interval needs both &quot;low&quot; and &quot;high&quot;</source>
        <translation>un intervalle demande «&#xa0;low&#xa0;» et «&#xa0;high&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interval must contain the value (low ≤ value ≤ high)</source>
        <translation>l’intervalle doit contenir la valeur (low ≤ value ≤ high)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>version %1 is newer than this Rightsize can read (up to %2); update Rightsize</source>
        <translation>la version %1 est plus récente que ce que cette version de Rightsize peut lire (jusqu’à %2)&#xa0;; mettez Rightsize à jour</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>benchmark #%1 field &quot;id&quot;: duplicate id &quot;%2&quot;</source>
        <translation>benchmark n° %1, champ «&#xa0;id&#xa0;»&#xa0;: id en double «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+194"/>
        <source>model #%1 field &quot;id&quot;: duplicate id &quot;%2&quot;</source>
        <translation>modèle n° %1, champ «&#xa0;id&#xa0;»&#xa0;: id en double «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>task #%1 field &quot;id&quot;: duplicate id &quot;%2&quot;</source>
        <translation>tâche n° %1, champ «&#xa0;id&#xa0;»&#xa0;: id en double «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>LiteLLM prices: %1</source>
        <translation>Prix LiteLLM&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LiteLLM model_prices_and_context_window.json (BerriAI/litellm, MIT)</source>
        <translation>LiteLLM model_prices_and_context_window.json (BerriAI/litellm, MIT)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a model has an empty name</source>
        <translation>un modèle a un nom vide</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 field &quot;%2&quot;: expected a list of price tiers</source>
        <translation>%1 champ «&#xa0;%2&#xa0;»&#xa0;: liste de paliers de prix attendue</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>LiteLLM prices this model only in %n tier(s) by prompt length; imported at the first (prompts up to %1 tokens)</source>
        <translation>
            <numerusform>LiteLLM ne donne pour ce modèle que %n palier de prix selon la longueur du prompt&#xa0;; importé au premier (prompts jusqu’à %1 jetons)</numerusform>
            <numerusform>LiteLLM ne donne pour ce modèle que %n paliers de prix selon la longueur du prompt&#xa0;; importé au premier (prompts jusqu’à %1 jetons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LiteLLM prices this model only in %n tier(s) by prompt length; imported at the first</source>
        <translation>
            <numerusform>LiteLLM ne donne pour ce modèle que %n palier de prix selon la longueur du prompt&#xa0;; importé au premier</numerusform>
            <numerusform>LiteLLM ne donne pour ce modèle que %n paliers de prix selon la longueur du prompt&#xa0;; importé au premier</numerusform>
        </translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+133"/>
        <source>%1 field &quot;%2&quot;: %3 USD per token is out of range (at most %4)</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3 USD par jeton est hors limites (au plus %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LiteLLM lists $0 for input and output: a placeholder, so the price is unknown</source>
        <translation>LiteLLM indique 0&#xa0;$ en entrée et en sortie&#xa0;: un substitut, le prix est donc inconnu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON était attendu au niveau supérieur</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Cannot read catalog %1: %2</source>
        <translation>Impossible de lire le catalogue %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CatalogOverlay</name>
    <message>
        <location filename="../core/catalog/catalogoverlay.cpp" line="+27"/>
        <source>Cannot read your catalog edits %1: %2</source>
        <translation>Impossible de lire vos modifications du catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Rightsize catalog overlay</source>
        <translation>ce n’est pas une surcouche de catalogue Rightsize</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported; this Rightsize reads version %2</source>
        <translation>la version %1 n’est pas prise en charge&#xa0;; cette version de Rightsize lit la version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;date&quot;: expected a date like 2026-07-24</source>
        <translation>champ «&#xa0;date&#xa0;»&#xa0;: une date comme 2026-07-24 était attendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;catalog&quot;: expected an object</source>
        <translation>champ «&#xa0;catalog&#xa0;»&#xa0;: un objet était attendu</translation>
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
        <translation>Le catalogue utilisé par toutes les pages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Revert to original…</source>
        <translation>&amp;Rétablir l’original…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your edits of this catalog and use it as bundled or imported</source>
        <translation>Abandonner vos modifications de ce catalogue et l’utiliser tel qu’il a été fourni ou importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;atalog:</source>
        <translation>C&amp;atalogue&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a model to this catalog</source>
        <translation>Ajouter un modèle à ce catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected model&apos;s figures and their sources</source>
        <translation>Affiche les chiffres du modèle sélectionné et leurs sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected model</source>
        <translation>Modifier le modèle sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a copy of the selected model</source>
        <translation>Ajouter une copie du modèle sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected models from this catalog</source>
        <translation>Retirer les modèles sélectionnés de ce catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this catalog as a Rightsize catalog file</source>
        <translation>Enregistrer ce catalogue comme fichier de catalogue Rightsize</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update prices</source>
        <translation>Mettre à jour les &amp;prix</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import a catalog file (Rightsize, LiteLLM, models.dev or OpenRouter format); you can also drop it on this page</source>
        <translation>Importer un fichier catalogue (format Rightsize, LiteLLM, models.dev ou OpenRouter) ; vous pouvez aussi le déposer sur cette page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetch current prices (LiteLLM, models.dev or OpenRouter format) and preview the changes</source>
        <translation>Récupérer les prix actuels (format LiteLLM, models.dev ou OpenRouter) et prévisualiser les changements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-chec&amp;k prices…</source>
        <translation>&amp;Recouper les prix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare this catalog&apos;s prices with another catalog file (Rightsize, LiteLLM, models.dev or OpenRouter format); nothing is imported</source>
        <translation>Comparer les prix de ce catalogue avec un autre fichier de catalogue (format Rightsize, LiteLLM, models.dev ou OpenRouter) ; rien n’est importé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop fetching prices (Esc)</source>
        <translation>Arrêter la récupération des prix (Échap)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by id, name, provider or capability</source>
        <translation>Filtrer par id, nom, fournisseur ou capacité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one provider&apos;s models</source>
        <translation>Afficher les modèles d’un seul fournisseur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one tier&apos;s models</source>
        <translation>Afficher les modèles d’un seul niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Revert to original</source>
        <translation>Rétablir l’original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop all your edits of the catalog “%1”? Models you added are removed, and models you changed or deleted come back as they were.</source>
        <translation>Abandonner toutes vos modifications du catalogue «&#xa0;%1&#xa0;»&#xa0;? Les modèles que vous avez ajoutés sont retirés, et ceux que vous avez modifiés ou supprimés reviennent à leur état d’origine.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 of %2 kB</source>
        <translation>%1 sur %2 ko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price update cancelled; nothing was changed.</source>
        <translation>Mise à jour des prix annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (file)</source>
        <translation>%1 (fichier)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a file (%1): import it to edit it.</source>
        <translation>Ouvert depuis un fichier (%1)&#xa0;: importez-le pour le modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundled, prices as of %1. Bundled catalogs are read-only: your edits are kept apart and applied on top.</source>
        <translation>Fourni, prix au %1. Les catalogues fournis sont en lecture seule&#xa0;: vos modifications sont conservées à part et appliquées par-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported, prices as of %1. Your edits are kept apart from the imported file.</source>
        <translation>Importé, prix au %1. Vos modifications sont conservées à part du fichier importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Your edits: %2.</source>
        <translation>%1 Vos modifications&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 of %2 models</source>
        <translation>%1 modèles sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No model of the %1 models matches the filter. Clear the filter text or choose “All” providers and tiers to see them again.</source>
        <translation>Aucun des %1 modèles ne correspond au filtre. Videz le texte du filtre ou choisissez « Tous » les fournisseurs et niveaux pour les revoir.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>your edit</source>
        <translation>votre modification</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot add model %1: the catalog already has a model with this id</source>
        <translation>Impossible d’ajouter le modèle %1&#xa0;: le catalogue contient déjà un modèle avec cet id</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot edit model %1: it is not in the catalog %2</source>
        <translation>Impossible de modifier le modèle %1&#xa0;: il n’est pas dans le catalogue %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot duplicate model %1: it is not in the catalog %2</source>
        <translation>Impossible de dupliquer le modèle %1&#xa0;: il n’est pas dans le catalogue %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove %1 from the catalog “%2”?</source>
        <translation>Retirer %1 du catalogue «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 models from the catalog “%2”?</source>
        <translation>Retirer %1 modèles du catalogue «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete models</source>
        <translation>Supprimer des modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “Revert to original” brings back models of the catalog itself.</source>
        <translation>%1 «&#xa0;Rétablir l’original&#xa0;» restaure les modèles du catalogue lui-même.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file becomes a catalog of its own; the catalog in use stays as it is.</source>
        <translation>Le fichier devient un catalogue à part entière&#xa0;; le catalogue utilisé reste inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a bundled catalog&apos;s name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’un catalogue fourni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name cannot start with a dot or contain / \ or :.</source>
        <translation>Un nom ne peut pas commencer par un point ni contenir / \ ou&#xa0;:.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as the catalog “%2”.</source>
        <translation>%1 importé comme catalogue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Cannot export the catalog to %1: %2</source>
        <translation>Impossible d’exporter le catalogue vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Catalogs: Rightsize, LiteLLM, models.dev or OpenRouter format (*.json);;All files (*)</source>
        <translation>Catalogues : format Rightsize, LiteLLM, models.dev ou OpenRouter (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cross-check prices with</source>
        <translation>Recouper les prix avec</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export catalog</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rightsize catalog (*.json)</source>
        <translation>Catalogue Rightsize (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog written to %1</source>
        <translation>Catalogue écrit dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This catalog was opened from a file: import it before updating its prices.</source>
        <translation>Ce catalogue a été ouvert depuis un fichier&#xa0;: importez-le avant de mettre à jour ses prix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetching prices from %1…</source>
        <translation>Récupération des prix depuis %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Update prices of %1</source>
        <translation>Mettre à jour les prix de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply new prices</source>
        <translation>&amp;Appliquer les nouveaux prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched from %1 on %2. %3 of this catalog&apos;s %4 models are in the fetched file; their prices and limits are updated and the catalog is dated %2. %5 models of the file are not in this catalog: import the file to see them all.</source>
        <translation>Récupéré depuis %1 le %2. %3 des %4 modèles de ce catalogue figurent dans le fichier récupéré&#xa0;; leurs prix et limites sont mis à jour et le catalogue est daté du %2. %5 modèles du fichier ne sont pas dans ce catalogue&#xa0;: importez le fichier pour les voir tous.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prices updated; the catalog is now dated %1.</source>
        <translation>Prix mis à jour&#xa0;; le catalogue est désormais daté du %1.</translation>
    </message>
</context>
<context>
    <name>CatalogRegistry</name>
    <message>
        <location filename="../core/catalog/catalogregistry.cpp" line="+106"/>
        <source>Cannot read your catalog edits %1: %2</source>
        <translation>Impossible de lire vos modifications du catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No catalog named %1: it is neither a bundled catalog, nor an imported one, nor a file</source>
        <translation>Aucun catalogue nommé %1&#xa0;: ce n’est ni un catalogue fourni, ni un catalogue importé, ni un fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read catalog %1: %2</source>
        <translation>Impossible de lire le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No catalog named %1: it is neither a bundled catalog nor an imported one</source>
        <translation>Aucun catalogue nommé %1&#xa0;: ce n’est ni un catalogue fourni ni un catalogue importé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save changes to catalog %1: only bundled and imported catalogs can be edited; import the file first</source>
        <translation>Impossible d’enregistrer les modifications du catalogue %1&#xa0;: seuls les catalogues fournis et importés sont modifiables&#xa0;; importez d’abord le fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save changes to catalog %1: cannot create folder %2</source>
        <translation>Impossible d’enregistrer les modifications du catalogue %1&#xa0;: impossible de créer le dossier %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot save changes to catalog %1: cannot write %2: %3</source>
        <translation>Impossible d’enregistrer les modifications du catalogue %1&#xa0;: impossible d’écrire %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove your edits of catalog %1: cannot delete %2</source>
        <translation>Impossible de retirer vos modifications du catalogue %1&#xa0;: impossible de supprimer %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import catalog %1: &quot;%2&quot; cannot be used as a catalog name</source>
        <translation>Impossible d’importer le catalogue %1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas servir de nom de catalogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot import catalog %1: &quot;%2&quot; is the name of a bundled catalog; choose another name</source>
        <translation>Impossible d’importer le catalogue %1&#xa0;: «&#xa0;%2&#xa0;» est le nom d’un catalogue fourni&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot import catalog %1: cannot create folder %2</source>
        <translation>Impossible d’importer le catalogue %1&#xa0;: impossible de créer le dossier %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Cannot import catalog %1: cannot write %2: %3</source>
        <translation>Impossible d’importer le catalogue %1&#xa0;: impossible d’écrire %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../ui/models/catalogtablemodel.cpp" line="+117"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
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
        <translation>ouverts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>fermés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 — added or changed by you; your edits are kept apart from the catalog</source>
        <translation>%1 — ajouté ou modifié par vous&#xa0;; vos modifications sont conservées à part du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog: %1
Date: %2
Origin: %3</source>
        <translation>Catalogue&#xa0;: %1
Date&#xa0;: %2
Origine&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no published score for %2</source>
        <translation>%1&#xa0;: aucun score publié pour %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: %3
Source: %4
Date: %5</source>
        <translation>%1 de %2&#xa0;: %3
Source&#xa0;: %4
Date&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Params</source>
        <translation>Params</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In $/1M</source>
        <translation>Entrée $/1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out $/1M</source>
        <translation>Sortie $/1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosted</source>
        <translation>Auto-hébergé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max out</source>
        <translation>Sortie max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parameters, billions; — when not published</source>
        <translation>Paramètres, en milliards&#xa0;; — s’ils ne sont pas publiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API price per million input tokens, USD</source>
        <translation>Prix de l’API par million de jetons en entrée, en USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API price per million output tokens, USD</source>
        <translation>Prix de l’API par million de jetons en sortie, en USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rental price per GPU hour when self-hosted, USD</source>
        <translation>Prix de location par heure GPU en auto-hébergement, en USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical latency of one request</source>
        <translation>Latence typique d’une requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum input tokens</source>
        <translation>Nombre maximal de jetons en entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum output tokens</source>
        <translation>Nombre maximal de jetons en sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog and date each model&apos;s figures come from</source>
        <translation>Catalogue et date d’où proviennent les chiffres de chaque modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)
Source: %3
Licence: %4
Date: %5</source>
        <translation>%1 (%2)
Source&#xa0;: %3
Licence&#xa0;: %4
Date&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating</source>
        <translation>cote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="+82"/>
        <source>Chart size %1 × %2 px is outside 16–20000 px.</source>
        <translation>La taille du graphique %1 × %2 px est hors de l’intervalle 16–20000 px.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution %1 dpi is outside 24–2400 dpi.</source>
        <translation>La résolution %1 dpi est hors de l’intervalle 24–2400 dpi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No chart to export.</source>
        <translation>Aucun graphique à exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export chart to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Impossible d’exporter le graphique vers %1&#xa0;: utilisez un nom de fichier en .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Cannot write chart image %1: %2</source>
        <translation>Impossible d’écrire l’image du graphique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write chart document %1: %2</source>
        <translation>Impossible d’écrire le document du graphique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write chart document %1.</source>
        <translation>Impossible d’écrire le document du graphique %1.</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../ui/export/chartexportdialog.cpp" line="+14"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
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
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text keeps its size relative to the chart: a higher resolution gives a sharper image of the same layout.</source>
        <translation>Le texte garde sa taille relative au graphique&#xa0;: une résolution plus élevée donne une image plus nette de la même mise en page.</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../core/providers/chatclient.cpp" line="+83"/>
        <location line="+251"/>
        <source>no network access manager</source>
        <translation>aucun gestionnaire d’accès réseau</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+16"/>
        <location line="+86"/>
        <source>The request to endpoint %1 was cancelled</source>
        <translation>La requête vers le point de terminaison %1 a été annulée</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Endpoint %1 reported an error after HTTP %2: %3</source>
        <translation>Le point de terminaison %1 a signalé une erreur après HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint %1 did not finish within its maximum time of %2 ms (HTTP %3); the answer is incomplete</source>
        <translation>Le point de terminaison %1 n’a pas terminé dans sa durée maximale de %2 ms (HTTP %3)&#xa0;; la réponse est incomplète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint %1 did not answer within its maximum time of %2 ms</source>
        <translation>Le point de terminaison %1 n’a pas répondu dans sa durée maximale de %2 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint %1 stopped sending for %2 ms (its timeout) after HTTP %3; the answer is incomplete</source>
        <translation>Le point de terminaison %1 n’a plus rien envoyé pendant %2 ms (son délai d’expiration) après HTTP %3&#xa0;; la réponse est incomplète</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint %1 broke off the stream after HTTP %2: %3; the answer is incomplete</source>
        <translation>Le point de terminaison %1 a interrompu le flux après HTTP %2&#xa0;: %3&#xa0;; la réponse est incomplète</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint %1 answered HTTP %2 with an empty body</source>
        <translation>Le point de terminaison %1 a répondu HTTP %2 avec un corps vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1 ended the stream without its end marker (HTTP %2); the answer is incomplete</source>
        <translation>Le point de terminaison %1 a terminé le flux sans son marqueur de fin (HTTP %2)&#xa0;; la réponse est incomplète</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+64"/>
        <source>Endpoint %1 answered HTTP %2: %3</source>
        <translation>Le point de terminaison %1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Endpoint %1 sent no response for %2 ms (its timeout)</source>
        <translation>Le point de terminaison %1 n’a envoyé aucune réponse pendant %2 ms (son délai d’expiration)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Cannot reach endpoint %1: %2</source>
        <translation>Impossible de joindre le point de terminaison %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Endpoint %1 sent an unreadable model list: %2</source>
        <translation>Le point de terminaison %1 a envoyé une liste de modèles illisible&#xa0;: %2</translation>
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
        <translation>%1 indisponible (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no assessor could say: %1</source>
        <translation>aucun estimateur n’a pu se prononcer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minimum of %1</source>
        <translation>minimum de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mean of %1</source>
        <translation>moyenne de %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/scenario.cpp" line="+26"/>
        <source>unknown task &quot;%1&quot;; the catalog knows: %2</source>
        <translation>tâche inconnue «&#xa0;%1&#xa0;»&#xa0;; le catalogue connaît&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown benchmark &quot;%1&quot; in catalog %2</source>
        <translation>benchmark inconnu «&#xa0;%1&#xa0;» dans le catalogue %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+72"/>
        <source>unknown command &quot;%1&quot;; see &apos;rightsize --help&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir &apos;rightsize --help&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: rightsize [COMMAND] [OPTIONS]</source>
        <translation>Utilisation&#xa0;: rightsize [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command, opens the Rightsize workbench window.</source>
        <translation>Sans commande, ouvre la fenêtre de l’atelier Rightsize.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this help; &apos;rightsize COMMAND --help&apos; for a command&apos;s options</source>
        <translation>Afficher cette aide&#xa0;; &apos;rightsize COMMANDE --help&apos; pour les options d’une commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommend a model tier and concrete models for a task&apos;s requirements</source>
        <translation>Recommander un niveau de modèle et des modèles concrets selon les exigences d’une tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost and cost per request of one or more models at a volume</source>
        <translation>Coût mensuel et coût par requête d’un ou plusieurs modèles pour un volume donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List, show and import model catalogs</source>
        <translation>Lister, afficher et importer des catalogues de modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the cost-versus-quality or monthly-cost chart (PNG, SVG, PDF)</source>
        <translation>Exporter le graphique coût/qualité ou coût mensuel (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a decision memo (Markdown, HTML, PDF)</source>
        <translation>Rédiger une note de décision (Markdown, HTML, PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run one prompt through several endpoints side by side, with latency, tokens and cost</source>
        <translation>Exécuter un prompt sur plusieurs points de terminaison côte à côte, avec latence, jetons et coût</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, list, test and remove endpoints; store their keys in the keychain</source>
        <translation>Ajouter, lister, tester et retirer des points de terminaison&#xa0;; enregistrer leurs clés dans le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List, show and export the stored comparison runs</source>
        <translation>Lister, afficher et exporter les exécutions de comparaison enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check, back up and restore the history database</source>
        <translation>Vérifier, sauvegarder et restaurer la base de données de l’historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide a prompt&apos;s tier with the routing rules and ask it, escalating on failure</source>
        <translation>Déterminer le niveau d’un prompt avec les règles de routage et l’interroger, en escaladant en cas d’échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask endpoints smallest first until an answer is confident enough</source>
        <translation>Interroger les points de terminaison du plus petit au plus grand jusqu’à obtenir une réponse suffisamment sûre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay stored runs through a cascade for a sweep of thresholds: cost versus quality</source>
        <translation>Rejouer les exécutions enregistrées dans une cascade en balayant les seuils&#xa0;: coût et qualité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run evaluation sets across endpoints; list, show and export their results</source>
        <translation>Exécuter des jeux d’évaluation sur des points de terminaison&#xa0;; lister, afficher et exporter leurs résultats</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="+31"/>
        <source>Candidates to print as text (default 15).</source>
        <translation>Nombre de candidats affichés en mode texte (15 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/memocommand.cpp" line="+34"/>
        <location filename="../app/recommendcommand.cpp" line="+7"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="-13"/>
        <source>Recommends a model tier (the article&apos;s tier rules, first match wins), the task&apos;s pick and concrete catalog models.</source>
        <translation>Recommande un niveau de modèle (les règles de niveau de l’article, la première qui s’applique l’emporte), le choix pour la tâche et des modèles concrets du catalogue.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--limit expects a whole number ≥ 0, got &quot;%1&quot;</source>
        <translation>--limit attend un nombre entier ≥ 0, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended tier: %1 (rule %2: %3)</source>
        <translation>Niveau recommandé&#xa0;: %1 (règle %2&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fired</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fired</source>
        <translation>non déclenchée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What rule %1 does to the list: %2</source>
        <translation>Ce que la règle %1 fait à la liste&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 [catalog: %2]</source>
        <translation>%1 [catalogue&#xa0;: %2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [not in this catalog]</source>
        <translation>%1 [absent de ce catalogue]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1: %2 (alternative: %3). %4</source>
        <translation>Tâche %1&#xa0;: %2 (alternative&#xa0;: %3). %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (local)</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2B active)</source>
        <translation>%1 (%2 G actifs)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>self-hosted</source>
        <translation>auto-hébergé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; API-equivalent %2 (%3)</source>
        <translation>%1&#xa0;; équivalent API %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picks (%1 tier, value margin %2 %):</source>
        <translation>Choix (niveau %1, marge qualité-prix %2&#xa0;%)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>rapport qualité-prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best quality</source>
        <translation>meilleure qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheapest</source>
        <translation>le moins cher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pick</source>
        <translation>choix</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Candidates in catalog %1 (%2), %3 of %4 models meet every constraint; quality: %5</source>
        <translation>Candidats du catalogue %1 (%2), %3 modèles sur %4 satisfont toutes les contraintes&#xa0;; qualité&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../app/catalogdiffcommand.cpp" line="+63"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$0 in one</source>
        <translation>0 $ dans l’un</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The models two catalogs price differently: matched by id, else by name without provider, date and variant (gpt-4o-mini = openai/gpt-4o-mini). A and B are catalog names or files in the Rightsize, LiteLLM, models.dev or OpenRouter format.</source>
        <translation>Les modèles que deux catalogues tarifent différemment : appariés par identifiant, sinon par nom sans fournisseur, date ni variante (gpt-4o-mini = openai/gpt-4o-mini). A et B sont des noms de catalogue ou des fichiers au format Rightsize, LiteLLM, models.dev ou OpenRouter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first catalog (name or file)</source>
        <translation>le premier catalogue (nom ou fichier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second catalog (name or file)</source>
        <translation>le second catalogue (nom ou fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List models whose input or output price differs by more than PCT % of the lower figure (default: %1).</source>
        <translation>Lister les modèles dont le prix d’entrée ou de sortie diffère de plus de PCT % du plus bas (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expects two catalogs, A and B</source>
        <translation>attend deux catalogues, A et B</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--threshold expects a percentage of 0 or more, not “%1”</source>
        <translation>--threshold attend un pourcentage de 0 ou plus, pas « %1 »</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 (%3, %4 models)</source>
        <translation>%1 : %2 (%3, %4 modèles)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model is priced more than %1 % apart.</source>
        <translation>Aucun modèle n’a un écart de prix de plus de %1 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/costcommand.cpp" line="+62"/>
        <location filename="../app/recommendcommand.cpp" line="-17"/>
        <location line="+23"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A in $/1M</source>
        <translation>A entrée $/1 M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A out $/1M</source>
        <translation>A sortie $/1 M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B in $/1M</source>
        <translation>B entrée $/1 M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B out $/1M</source>
        <translation>B sortie $/1 M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difference</source>
        <translation>écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source</source>
        <translation>source A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B source</source>
        <translation>source B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (B: %2)</source>
        <translation>%1 (B : %2)</translation>
    </message>
    <message>
        <location filename="../app/catalogcommand.cpp" line="+104"/>
        <location filename="../app/recommendcommand.cpp" line="+0"/>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="+0"/>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location filename="../app/costcommand.cpp" line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="-23"/>
        <location line="+24"/>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="+0"/>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/recommendcommand.cpp" line="-23"/>
        <location line="+23"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/recommendcommand.cpp" line="+1"/>
        <source>per request</source>
        <translation>par requête</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="+11"/>
        <source>… and %1 more (--limit N, or --json for all)</source>
        <translation>… et %1 de plus (--limit N, ou --json pour tout afficher)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Near misses (one constraint failed):</source>
        <translation>Presque retenus (une contrainte non satisfaite)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/costcommand.cpp" line="-28"/>
        <source>Monthly cost and cost per request of models at a volume (30-day month).</source>
        <translation>Coût mensuel et coût par requête de modèles pour un volume donné (mois de 30 jours).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model id or name; repeat for several.</source>
        <translation>Id ou nom du modèle&#xa0;; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost as self-hosted (GPU hours) rather than API.</source>
        <translation>Coût en auto-hébergement (heures GPU) plutôt que par API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality benchmark id (default: the catalog&apos;s).</source>
        <translation>Id du benchmark de qualité (par défaut&#xa0;: celui du catalogue).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--model is required</source>
        <translation>--model est obligatoire</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/recommendcommand.cpp" line="-42"/>
        <source>serving</source>
        <translation>hébergement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no model &quot;%1&quot; in catalog %2; see &apos;rightsize catalog list --catalog %2&apos;</source>
        <translation>aucun modèle «&#xa0;%1&#xa0;» dans le catalogue %2&#xa0;; voir &apos;rightsize catalog list --catalog %2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model &quot;%1&quot; has no self-hosted price; give --gpu-hourly USD</source>
        <translation>le modèle «&#xa0;%1&#xa0;» n’a pas de prix en auto-hébergement&#xa0;; indiquez --gpu-hourly USD</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/recommendcommand.cpp" line="-24"/>
        <source>self-hosted, %1 replica(s)</source>
        <translation>auto-hébergé, %1 réplica(s)</translation>
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
        <translation>%1 requêtes/jour, %2 jetons en entrée et %3 en sortie par requête, catalogue %4 (%5)</translation>
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
        <translation>Catalogues de modèles.
  catalog names         les catalogues disponibles
  catalog list          les modèles d’un catalogue
  catalog show ID       un modèle, tous ses champs
  catalog tasks         les profils de tâche d’un catalogue
  catalog import FILE   garder un fichier de catalogue (format Rightsize, LiteLLM, models.dev ou OpenRouter) sous --catalog NAME
  catalog diff A B      les modèles dont les prix diffèrent de plus de --threshold % entre deux catalogues (voir &apos;catalog diff --help&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>names, list, show, tasks, import or diff</source>
        <translation>names, list, show, tasks, import ou diff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import expects one FILE</source>
        <translation>import attend un seul FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported catalog %1 with %2 models.</source>
        <translation>Catalogue %1 importé avec %2 modèles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>models</source>
        <translation>modèles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Catalog %1 (%2), %3 models</source>
        <translation>Catalogue %1 (%2), %3 modèles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input $/1M</source>
        <translation>entrée $/1M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output $/1M</source>
        <translation>sortie $/1M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>self-hosted $/h</source>
        <translation>auto-hébergé $/h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>show expects one model ID</source>
        <translation>show attend un seul ID de modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no model &quot;%1&quot; in catalog %2</source>
        <translation>aucun modèle «&#xa0;%1&#xa0;» dans le catalogue %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  provider: %1, tier: %2, parameters: %3</source>
        <translation>  fournisseur&#xa0;: %1, niveau&#xa0;: %2, paramètres&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expects an action: names, list, show, tasks, import or diff</source>
        <translation>attend une action : names, list, show, tasks, import ou diff</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/recommendcommand.cpp" line="+60"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>~: tier guessed from the price band (the size is not published).</source>
        <translation>~&#xa0;: niveau estimé d’après la tranche de prix (la taille n’est pas publiée).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
    <message>
        <location filename="../app/catalogcommand.cpp" line="-26"/>
        <source> [quality: %1]</source>
        <translation> [qualité&#xa0;: %1]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 in all, %2B active (mixture of experts)</source>
        <translation>%1 en tout, %2 G actifs (mélange d’experts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  price: $%1 input, $%2 output per 1M tokens</source>
        <translation>  prix&#xa0;: %1 $ en entrée, %2 $ en sortie par million de jetons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  price: unknown (the catalog lists $0, a placeholder)</source>
        <translation>  prix&#xa0;: inconnu (le catalogue indique 0&#xa0;$, un substitut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  note: %1</source>
        <translation>  remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  self-hosted: $%1 per GPU hour</source>
        <translation>  auto-hébergé&#xa0;: %1 $ par heure GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  latency: %1, context: %2, max output: %3</source>
        <translation>  latence&#xa0;: %1, contexte&#xa0;: %2, sortie max.&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  capabilities: %1</source>
        <translation>  capacités&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  quality: %1 = %2 (%3, %4)</source>
        <translation>  qualité&#xa0;: %1 = %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  from: catalog %1 (%2); %3</source>
        <translation>  origine&#xa0;: catalogue %1 (%2)&#xa0;; %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/chartcommand.cpp" line="+27"/>
        <source>Exports a chart as PNG, SVG or PDF (format from the file name).
  cost-quality   every scored model: monthly cost against quality, Pareto frontier
  monthly-cost   the top candidates&apos; monthly cost across volumes, break-even points</source>
        <translation>Exporte un graphique en PNG, SVG ou PDF (format déduit du nom de fichier).
  cost-quality   chaque modèle noté&#xa0;: coût mensuel selon la qualité, frontière de Pareto
  monthly-cost   coût mensuel des meilleurs candidats selon le volume, points d’équilibre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cost-quality or monthly-cost</source>
        <translation>cost-quality ou monthly-cost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Fichier de sortie&#xa0;: .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels (default 1200).</source>
        <translation>Largeur en pixels (1200 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height in pixels (default 800).</source>
        <translation>Hauteur en pixels (800 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution in dots per inch (default 96).</source>
        <translation>Résolution en points par pouce (96 par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost-quality: cost per 1M tokens on the x axis instead of monthly cost.</source>
        <translation>cost-quality&#xa0;: coût par million de jetons sur l’axe des x au lieu du coût mensuel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expects one chart: cost-quality or monthly-cost</source>
        <translation>attend un graphique&#xa0;: cost-quality ou monthly-cost</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/memocommand.cpp" line="+2"/>
        <source>--out FILE is required</source>
        <translation>--out FILE est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the format of &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>impossible de déterminer le format de «&#xa0;%1&#xa0;»&#xa0;: utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 must be a whole number between %2 and %3, got &quot;%4&quot;</source>
        <translation>--%1 doit être un nombre entier entre %2 et %3, reçu «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/memocommand.cpp" line="+12"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../app/memocommand.cpp" line="-26"/>
        <source>Writes a decision memo (Markdown, HTML or PDF, from the file name): requirements, recommendation and its reasoning, candidates, both charts, assumptions and sources.</source>
        <translation>Rédige une note de décision (Markdown, HTML ou PDF, d’après le nom de fichier)&#xa0;: exigences, recommandation et sa justification, candidats, les deux graphiques, hypothèses et sources.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file: .md, .html or .pdf.</source>
        <translation>Fichier de sortie&#xa0;: .md, .html ou .pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot tell the format of &quot;%1&quot;: use .md, .html or .pdf</source>
        <translation>impossible de déterminer le format de «&#xa0;%1&#xa0;»&#xa0;: utilisez .md, .html ou .pdf</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="+37"/>
        <source>Print one JSON document instead of text.</source>
        <translation>Afficher un document JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog name (see &apos;catalog names&apos;) or catalog file (default: current).</source>
        <translation>Nom de catalogue (voir &apos;catalog names&apos;) ou fichier de catalogue (par défaut&#xa0;: l’actuel).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest silence allowed while waiting for an answer or between its bytes; a slow but steady stream is never cut (default: the endpoint&apos;s, 60).</source>
        <translation>Plus long silence admis en attendant une réponse ou entre ses octets&#xa0;; un flux lent mais régulier n’est jamais coupé (par défaut&#xa0;: celui du point de terminaison, 60).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time per answer, retries included (default: no limit).</source>
        <translation>Durée maximale par réponse, nouvelles tentatives comprises (par défaut&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 expects a positive number of seconds</source>
        <translation>--%1 attend un nombre positif de secondes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../app/comparecommand.cpp" line="+111"/>
        <source>%1 · ttft %2 ms · latency %3 ms · tokens %4 in, %5 out · %6 tok/s · cost %7 · attempts %8</source>
        <translation>%1 · ttft %2 ms · latence %3 ms · jetons %4 en entrée, %5 en sortie · %6 jetons/s · coût %7 · tentatives %8</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+211"/>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>--prompt is required</source>
        <translation>--prompt est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--var expects NAME=VALUE, not “%1”</source>
        <translation>--var attend NAME=VALUE, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-tokens expects a positive whole number</source>
        <translation>--max-tokens attend un nombre entier positif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--temperature expects a number from 0 to 2</source>
        <translation>--temperature attend un nombre entre 0 et 2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--concurrency expects a positive whole number</source>
        <translation>--concurrency attend un nombre entier positif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL</source>
        <translation>indiquez au moins un --endpoint NAME ou une --target KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown endpoint “%1”: none is configured (see &apos;rightsize endpoint add&apos;)</source>
        <translation>point de terminaison inconnu «&#xa0;%1&#xa0;»&#xa0;: aucun n’est configuré (voir &apos;rightsize endpoint add&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown endpoint “%1”; configured: %2</source>
        <translation>point de terminaison inconnu «&#xa0;%1&#xa0;»&#xa0;; configurés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is named twice</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Runs one prompt through several endpoints side by side, streaming, and reports time to first token, latency, tokens, tokens per second and cost.</source>
        <translation>Exécute un prompt sur plusieurs points de terminaison côte à côte, en flux continu, et indique le délai avant le premier jeton, la latence, les jetons, les jetons par seconde et le coût.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user prompt; {{NAME}} placeholders take --var values.</source>
        <translation>Le prompt utilisateur&#xa0;; les variables {{NAME}} prennent les valeurs de --var.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt (default: each endpoint&apos;s own).</source>
        <translation>Le prompt système (par défaut&#xa0;: celui de chaque point de terminaison).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template variable; repeat for several.</source>
        <translation>Une variable de gabarit de prompt&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most output tokens per answer.</source>
        <translation>Nombre maximal de jetons de sortie par réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling temperature, 0–2.</source>
        <translation>Température d’échantillonnage, 0–2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configured endpoint (see &apos;rightsize endpoint list&apos;); repeat for several.</source>
        <translation>Un point de terminaison configuré (voir &apos;rightsize endpoint list&apos;)&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; its key comes from the environment.</source>
        <translation>Un point de terminaison ad hoc, p. ex. openai:tiny@http://127.0.0.1:8080/v1&#xa0;; sa clé provient de l’environnement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many endpoints stream at once (default 4).</source>
        <translation>Nombre de points de terminaison diffusant en même temps (4 par défaut).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency ms</source>
        <translation>Latence ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tok/s</source>
        <translation>Jetons/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
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
        <translation>Prompt système (facultatif&#xa0;; celui par défaut de chaque point de terminaison s’il est vide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User prompt; write {{name}} for a variable</source>
        <translation>Prompt utilisateur&#xa0;; écrivez {{nom}} pour une variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables:</source>
        <translation>Variables&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved endpoint sets</source>
        <translation>Ensembles de points de terminaison enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save set…</source>
        <translation>Enregistrer l’ensemble…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No endpoints yet. Add one with Endpoints…, or start llama.cpp&apos;s llama-server (port 8080) or Ollama (port 11434) on this machine: they are found at start.</source>
        <translation>Aucun point de terminaison pour l’instant. Ajoutez-en un avec Points de terminaison…, ou lancez llama-server de llama.cpp (port 8080) ou Ollama (port 11434) sur cette machine&#xa0;: ils sont détectés au démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoints…</source>
        <translation>Points de terminaison…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the prompt on the checked endpoints (Ctrl+Return)</source>
        <translation>Exécuter le prompt sur les points de terminaison cochés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop every answer still streaming (Esc)</source>
        <translation>Arrêter toutes les réponses encore en cours de réception (Échap)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max tokens: default</source>
        <translation>jetons max&#xa0;: par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max tokens: </source>
        <translation>jetons max&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest answer per endpoint; default: each endpoint&apos;s own setting</source>
        <translation>Réponse la plus longue par point de terminaison&#xa0;; par défaut&#xa0;: le réglage propre à chaque point de terminaison</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>temperature: default</source>
        <translation>température&#xa0;: par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature: </source>
        <translation>température&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling temperature for this run; default: each endpoint&apos;s own setting</source>
        <translation>Température d’échantillonnage pour cette exécution&#xa0;; par défaut&#xa0;: le réglage propre à chaque point de terminaison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at once: </source>
        <translation>en parallèle&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many endpoints answer at the same time</source>
        <translation>Nombre de points de terminaison qui répondent en même temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind</source>
        <translation>À l’aveugle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the endpoints&apos; names and shuffle the columns until you have voted</source>
        <translation>Masquer les noms des points de terminaison et mélanger les colonnes jusqu’à votre vote</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Which is better?</source>
        <translation>Laquelle est meilleure&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>versus</source>
        <translation>contre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A better</source>
        <translation>A meilleure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B better</source>
        <translation>B meilleure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both bad</source>
        <translation>Mauvaises toutes les deux</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Endpoints…</source>
        <translation>&amp;Points de terminaison…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>streaming…</source>
        <translation>réception…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Saved sets…</source>
        <translation>Ensembles enregistrés…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Found %1 model server endpoint(s) on this machine</source>
        <translation>%1 point(s) de terminaison de serveur de modèles trouvé(s) sur cette machine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the endpoints the set should hold first.</source>
        <translation>Cochez d’abord les points de terminaison que l’ensemble doit contenir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save endpoint set</source>
        <translation>Enregistrer l’ensemble de points de terminaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the set:</source>
        <translation>Nom de l’ensemble&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No runner.</source>
        <translation>Aucun exécuteur.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Good answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Bad answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer %1 — %2</source>
        <translation>Réponse %1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Figures are hidden until you vote.</source>
        <translation>Les chiffres restent masqués jusqu’à votre vote.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The last blind comparison has no vote yet: vote below, or press Run again to start a new run without one.</source>
        <translation>La dernière comparaison à l’aveugle n’a pas encore de vote : votez ci-dessous, ou cliquez à nouveau sur Exécuter pour lancer une nouvelle exécution sans vote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 characters · %2 s</source>
        <translation>%1 caractères · %2 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced (no catalog model)</source>
        <translation>sans prix (aucun modèle du catalogue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown (no token counts)</source>
        <translation>inconnu (aucun décompte de jetons)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT %1 ms · latency %2 ms · tokens %3 in / %4 out · %5 tok/s · cost %6 · attempts %7</source>
        <translation>TTFT %1 ms · latence %2 ms · jetons %3 en entrée / %4 en sortie · %5 jetons/s · coût %6 · tentatives %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reported no token counts for the %1 characters received.</source>
        <translation>Le serveur n’a indiqué aucun décompte de jetons pour les %1 caractères reçus.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose two different answers to compare.</source>
        <translation>Choisissez deux réponses différentes à comparer.</translation>
    </message>
</context>
<context>
    <name>ComparisonRunner</name>
    <message>
        <location filename="../core/compare/comparisonrunner.cpp" line="+41"/>
        <source>A comparison is still running; cancel it or wait for it to finish.</source>
        <translation>Une comparaison est encore en cours&#xa0;; annulez-la ou attendez qu’elle se termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chat client to run the comparison with.</source>
        <translation>Aucun client de chat pour effectuer la comparaison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one endpoint to compare.</source>
        <translation>Choisissez au moins un point de terminaison à comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user prompt is empty.</source>
        <translation>Le prompt utilisateur est vide.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>There is no earlier run to repeat.</source>
        <translation>Il n’y a aucune exécution précédente à répéter.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The request to endpoint %1 was cancelled before it started</source>
        <translation>La requête vers le point de terminaison %1 a été annulée avant de commencer</translation>
    </message>
</context>
<context>
    <name>Complexity</name>
    <message>
        <location filename="../core/decision/requirements.cpp" line="+40"/>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
</context>
<context>
    <name>CostCurves</name>
    <message>
        <location filename="../core/analysis/costcurves.cpp" line="+218"/>
        <source>Monthly cost versus volume</source>
        <translation>Coût mensuel selon le volume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per day (log scale)</source>
        <translation>Requêtes par jour (échelle log)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (USD/month, log scale)</source>
        <translation>Coût mensuel (USD/mois, échelle log)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GPU %1/h</source>
        <translation>GPU %1/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU $/h from the catalog</source>
        <translation>Prix GPU $/h du catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: %1 (%2) · %3 input + %4 output tokens per request · Self-hosting: %5, %6 tokens/s per replica, %7 % utilisation, peak ×%8</source>
        <translation>Catalogue&#xa0;: %1 (%2) · %3 jetons en entrée + %4 en sortie par requête · Auto-hébergement&#xa0;: %5, %6 jetons/s par réplica, %7&#xa0;% d’utilisation, pointe ×%8</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> · power %1 W per GPU at %2/kWh, PUE %3</source>
        <translation> · électricité %1 W par GPU à %2/kWh, PUE %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · owned hardware %1 per GPU over %2 months</source>
        <translation> · matériel possédé %1 par GPU sur %2 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · %1: price unknown, not drawn</source>
        <translation> · %1&#xa0;: prix inconnu, non tracé</translation>
    </message>
</context>
<context>
    <name>CostExplorerPage</name>
    <message>
        <location filename="../ui/pages/costexplorerpage.cpp" line="+88"/>
        <source>Cost versus &amp;quality</source>
        <translation>Coût et &amp;qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost versus &amp;volume</source>
        <translation>Coût mensuel selon le &amp;volume</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>Exporter le graphique en &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as P&amp;DF…</source>
        <translation>Exporter le graphique en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Monthly cost at your volume</source>
        <translation>Coût mensuel à votre volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1M tokens</source>
        <translation>Coût par million de jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost axis:</source>
        <translation>Axe des &amp;coûts&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open weights only</source>
        <translation>Poids &amp;ouverts uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scored models only</source>
        <translation>Modèles &amp;notés uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: models without a score on this benchmark are drawn along the bottom.</source>
        <translation>Désactivé&#xa0;: les modèles sans score sur ce benchmark sont tracés en bas du graphique.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Selected model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modèle sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to &amp;volume chart</source>
        <translation>Ajouter au graphique des &amp;volumes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter models…</source>
        <translation>Filtrer les modèles…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Recommended models</source>
        <translation>Modèles &amp;recommandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top candidates of the recommendation and the task pick</source>
        <translation>Les meilleurs candidats de la recommandation et le choix propre à la tâche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tokens/s</source>
        <translation> jetons/s</translation>
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
        <translation>du catalogue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power per GPU at load; counted with the electricity price</source>
        <translation>Puissance par GPU en charge&#xa0;; comptée avec le prix de l’électricité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> /kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Power usage effectiveness: the facility&apos;s power over the GPUs&apos; own</source>
        <translation>Efficacité énergétique (PUE)&#xa0;: la puissance du site rapportée à celle des GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of hardware you own, per GPU; set the GPU price to $0 if you rent nothing</source>
        <translation>Prix du matériel que vous possédez, par GPU&#xa0;; mettez le prix du GPU à 0&#xa0;$ si vous ne louez rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utput:</source>
        <translation>&amp;Sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPU price:</source>
        <translation>Prix &amp;GPU&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throughput:</source>
        <translation>&amp;Débit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;tilisation:</source>
        <translation>&amp;Taux d’utilisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eak factor:</source>
        <translation>Facteur de &amp;pointe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;wer:</source>
        <translation>É&amp;lectricité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electri&amp;city:</source>
        <translation>Pri&amp;x du kWh&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;UE:</source>
        <translation>P&amp;UE&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own &amp;hardware:</source>
        <translation>&amp;Matériel possédé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off &amp;over:</source>
        <translation>Amorti s&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Break-even volumes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Volumes d’équilibre&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>As in the requirements</source>
        <translation>Comme dans les exigences</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (self-hosted)</source>
        <translation>%1 (auto-hébergé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>&lt;p&gt;This is the value pick.&lt;/p&gt;</source>
        <translation>&lt;p&gt;C’est le choix qualité-prix.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No model satisfies every requirement, so none is ringed.</source>
        <translation>Aucun modèle ne satisfait toutes les exigences, donc aucun n’est cerclé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Click a point to see the model&apos;s figures.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur un point pour voir les chiffres du modèle.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving</source>
        <translation>Hébergement</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>self-hosted, %n replica(s)</source>
        <translation>
            <numerusform>auto-hébergé, %n réplica</numerusform>
            <numerusform>auto-hébergé, %n réplicas</numerusform>
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
        <translation>Dont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental %1, power %2, hardware %3</source>
        <translation>location de GPU %1, électricité %2, matériel %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API-equivalent</source>
        <translation>Équivalent API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month on %2</source>
        <translation>%1 par mois avec %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per 1M tokens</source>
        <translation>Par million de jetons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input price</source>
        <translation>Prix en entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 per 1M</source>
        <translation>%1 par million</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output price</source>
        <translation>Prix en sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 B in all, %2 B active (mixture of experts)</source>
        <translation>%1 G en tout, %2 G actifs (mélange d’experts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open weights</source>
        <translation>Poids ouverts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score source</source>
        <translation>Source du score</translation>
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
        <translation>Le point cerclé est le choix qualité-prix, %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value pick, %1, is hidden by the filters.</source>
        <translation>Le choix qualité-prix, %1, est masqué par les filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is ringed: %1</source>
        <translation>Rien n’est cerclé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;On the cost/quality frontier: no other model is both cheaper and better.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sur la frontière coût/qualité&#xa0;: aucun autre modèle n’est à la fois moins cher et meilleur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart exported to %1</source>
        <translation>Graphique exporté vers %1</translation>
    </message>
</context>
<context>
    <name>CostQuality</name>
    <message>
        <location filename="../core/analysis/costquality.cpp" line="+37"/>
        <source>Cost versus quality: monthly cost at your volume</source>
        <translation>Coût et qualité&#xa0;: coût mensuel à votre volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost versus quality: cost per 1M tokens</source>
        <translation>Coût et qualité&#xa0;: coût par million de jetons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly cost, USD at %1 requests/day (log)</source>
        <translation>Coût mensuel, USD à %1 requêtes/jour (log)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens at %1:%2 input:output (log)</source>
        <translation>USD par million de jetons à %1:%2 entrée:sortie (log)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (rating)</source>
        <translation>%1 (cote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (score, 0–%2)</source>
        <translation>%1 (score, 0–%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalog: %1 (%2)</source>
        <translation>Catalogue&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality: no benchmark in this catalog</source>
        <translation>Qualité&#xa0;: aucun benchmark dans ce catalogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality: %1, %2 (%3)</source>
        <translation>Qualité&#xa0;: %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: %1, %2</source>
        <translation>Qualité&#xa0;: %1, %2</translation>
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
            <numerusform>%1 · %n modèle sans prix non affiché</numerusform>
            <numerusform>%1 · %n modèles sans prix non affichés</numerusform>
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
        <translation>Aucun score (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pareto frontier</source>
        <translation>Frontière de Pareto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Value pick</source>
        <translation>Choix qualité-prix</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>self-hosted, %n replica(s)</source>
        <translation>
            <numerusform>auto-hébergé, %n réplica</numerusform>
            <numerusform>auto-hébergé, %n réplicas</numerusform>
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
        <translation>%1&#xa0;: %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no score</source>
        <translation>%1&#xa0;: aucun score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4&lt;br&gt;%5 per month · %6 per 1M tokens&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4&lt;br&gt;%5 par mois · %6 par million de jetons&lt;br&gt;%7</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+98"/>
        <source>The history database %1 does not exist.</source>
        <translation>La base de données de l’historique %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The history database %1 is a folder, not a file.</source>
        <translation>La base de données de l’historique %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database %1 has schema version %2, made by a newer Rightsize; this version understands up to %3. It was left unchanged: open it with a newer Rightsize or choose another file.</source>
        <translation>La base de données de l’historique %1 a la version de schéma %2, créée par une version plus récente de Rightsize&#xa0;; cette version comprend jusqu’à la version %3. Elle n’a pas été modifiée&#xa0;: ouvrez-la avec une version plus récente de Rightsize ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder for the history database %1.</source>
        <translation>Impossible de créer le dossier de la base de données de l’historique %1.</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+78"/>
        <source>Cannot open the history database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données de l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The history database %1 is damaged or not a Rightsize database: %2. It was left unchanged.</source>
        <translation>La base de données de l’historique %1 est endommagée ou n’est pas une base Rightsize&#xa0;: %2. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Cannot configure the history database %1: %2</source>
        <translation>Impossible de configurer la base de données de l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Impossible de lire la version de schéma de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>Impossible de mettre à jour la base de données de l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot update the history database %1 to schema version %2 (%3): %4</source>
        <translation>Impossible de mettre à jour la base de données de l’historique %1 vers la version de schéma %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>No history database is open.</source>
        <translation>Aucune base de données d’historique n’est ouverte.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot check the history database %1: %2</source>
        <translation>Impossible de vérifier la base de données de l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>Le fichier de sauvegarde %1 existe déjà&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot back up the history database to %1: %2</source>
        <translation>Impossible de sauvegarder la base de données de l’historique dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Rightsize history backup this version can read (schema version %2).</source>
        <translation>%1 n’est pas une sauvegarde d’historique Rightsize lisible par cette version (version de schéma %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup %1 failed its integrity check: %2</source>
        <translation>La sauvegarde %1 a échoué à la vérification d’intégrité&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot move %1 aside to restore the backup.</source>
        <translation>Impossible de mettre %1 de côté pour restaurer la sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Impossible de copier la sauvegarde %1 vers %2.</translation>
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
        <translation>La base de données de l’historique.
  db check            PRAGMA integrity_check&#xa0;; code de sortie 1 en cas de problème
  db backup FILE      une copie cohérente (VACUUM INTO)&#xa0;; n’écrase jamais FILE
  db restore FILE     remplacer la base par une sauvegarde vérifiée (l’ancien fichier est mis de côté)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check, backup or restore</source>
        <translation>check, backup ou restore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check takes no FILE; use --db PATH</source>
        <translation>check ne prend pas de FILE&#xa0;; utilisez --db PATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 expects one FILE</source>
        <translation>%1 attend un seul FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expects check, backup FILE or restore FILE; see &apos;rightsize db --help&apos;</source>
        <translation>attend check, backup FILE ou restore FILE&#xa0;; voir &apos;rightsize db --help&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: ok (schema version %2, %3 runs)</source>
        <translation>%1&#xa0;: ok (version de schéma %2, %3 exécutions)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: integrity check found problems:</source>
        <translation>%1&#xa0;: la vérification d’intégrité a trouvé des problèmes&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backed up %1 to %2</source>
        <translation>%1 sauvegardé dans %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 from %2</source>
        <translation>%1 restauré depuis %2</translation>
    </message>
</context>
<context>
    <name>EndpointCheckListModel</name>
    <message>
        <location filename="../ui/models/endpointchecklistmodel.cpp" line="+104"/>
        <source>%1 — detected on this machine</source>
        <translation>%1 — détecté sur cette machine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · model %3</source>
        <translation>%1 · %2 · modèle %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · no catalog model: unpriced, and not usable as quality</source>
        <translation>%1 · aucun modèle du catalogue : sans prix, et inutilisable comme mesure de qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · catalog model %2</source>
        <translation>%1 · modèle du catalogue %2</translation>
    </message>
</context>
<context>
    <name>EndpointChoice</name>
    <message>
        <location filename="../ui/pages/routing/endpointchoice.cpp" line="+23"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2 · %3 per 1k tokens (the article&apos;s price)</source>
        <translation>%1 à %2 · %3 pour 1k jetons (le prix de l’article)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>price unknown (no catalog price for %1)</source>
        <translation>prix inconnu (aucun prix de catalogue pour %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per 1k tokens</source>
        <translation>%1 pour 1k jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in, %2 out per 1k tokens</source>
        <translation>%1 en entrée, %2 en sortie pour 1k jetons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 tokens of context</source>
        <translation>%1 · %2 jetons de contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 · %3</source>
        <translation>%1 à %2 · %3</translation>
    </message>
</context>
<context>
    <name>EndpointCommand</name>
    <message>
        <location filename="../app/endpointcommand.cpp" line="+35"/>
        <source>expected one of: add NAME --kind openai|anthropic|ollama --url BASE_URL --model ID [--catalog-model ID] [--key-env VAR]; list [--json]; test NAME; remove NAME; set-key NAME</source>
        <translation>attendu&#xa0;: add NAME --kind openai|anthropic|ollama --url BASE_URL --model ID [--catalog-model ID] [--key-env VAR]&#xa0;; list [--json]&#xa0;; test NAME&#xa0;; remove NAME&#xa0;; set-key NAME</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expects exactly one endpoint NAME</source>
        <translation>attend exactement un NAME de point de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A name for the endpoint.</source>
        <translation>Un nom pour le point de terminaison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wire format: openai (and every compatible server), anthropic or ollama.</source>
        <translation>Format d’échange&#xa0;: openai (et tout serveur compatible), anthropic ou ollama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base URL, e.g. https://api.openai.com/v1, http://127.0.0.1:8080/v1, https://api.anthropic.com, http://127.0.0.1:11434.</source>
        <translation>URL de base, p. ex. https://api.openai.com/v1, http://127.0.0.1:8080/v1, https://api.anthropic.com, http://127.0.0.1:11434.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model id the server expects.</source>
        <translation>L’id de modèle attendu par le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog model it is, for price and quality.</source>
        <translation>Le modèle du catalogue correspondant, pour le prix et la qualité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An environment variable holding the key (instead of the keychain).</source>
        <translation>Une variable d’environnement contenant la clé (au lieu du trousseau).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace an endpoint of the same name.</source>
        <translation>Remplacer un point de terminaison du même nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--kind must be openai, anthropic or ollama</source>
        <translation>--kind doit valoir openai, anthropic ou ollama</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added endpoint %1 (%2, %3, model %4) to %5</source>
        <translation>Point de terminaison %1 (%2, %3, modèle %4) ajouté à %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>keychain or %1</source>
        <translation>trousseau ou %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$%1 (set)</source>
        <translation>$%1 (définie)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No endpoint configured in %1; add one with &apos;rightsize endpoint add&apos;.</source>
        <translation>Aucun point de terminaison configuré dans %1&#xa0;; ajoutez-en un avec &apos;rightsize endpoint add&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog model</source>
        <translation>Modèle du catalogue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint to try.</source>
        <translation>Le point de terminaison à tester.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+42"/>
        <location line="+25"/>
        <source>unknown endpoint “%1”</source>
        <translation>point de terminaison inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Endpoint %1 answered (key: %2). Models served: %3</source>
        <translation>Le point de terminaison %1 a répondu (clé&#xa0;: %2). Modèles servis&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (configured)</source>
        <translation>  (configuré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the configured model %1 is not in the list.</source>
        <translation>Remarque&#xa0;: le modèle configuré %1 n’est pas dans la liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The endpoint to remove.</source>
        <translation>Le point de terminaison à retirer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed endpoint %1</source>
        <translation>Point de terminaison %1 retiré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The endpoint whose key is read from standard input.</source>
        <translation>Le point de terminaison dont la clé est lue sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no keychain is available here; set the environment variable %1 instead (%2)</source>
        <translation>aucun trousseau n’est disponible ici&#xa0;; définissez plutôt la variable d’environnement %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no key on standard input</source>
        <translation>aucune clé sur l’entrée standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored the key of endpoint %1 in the keychain</source>
        <translation>Clé du point de terminaison %1 enregistrée dans le trousseau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: rightsize endpoint ACTION</source>
        <translation>Utilisation&#xa0;: rightsize endpoint ACTION</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action “%1”; %2</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <location filename="../core/providers/endpointstore.cpp" line="+48"/>
        <source>An endpoint needs a name.</source>
        <translation>Un point de terminaison doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1: the base URL “%2” is not an http:// or https:// URL.</source>
        <translation>Point de terminaison %1&#xa0;: l’URL de base «&#xa0;%2&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1: the base URL must not carry credentials or a query; keys go in the keychain or the environment.</source>
        <translation>Point de terminaison %1&#xa0;: l’URL de base ne doit contenir ni identifiants ni requête&#xa0;; les clés vont dans le trousseau ou l’environnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1 needs a model id.</source>
        <translation>Le point de terminaison %1 doit avoir un id de modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint %1: timeouts must be positive.</source>
        <translation>Point de terminaison %1&#xa0;: les délais d’expiration doivent être positifs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An endpoint named %1 already exists.</source>
        <translation>Un point de terminaison nommé %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>endpoint “%1” has an unknown kind “%2” (expected openai, anthropic or ollama)</source>
        <translation>le point de terminaison «&#xa0;%1&#xa0;» a un type inconnu «&#xa0;%2&#xa0;» (attendu&#xa0;: openai, anthropic ou ollama)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation>Impossible de lire le fichier des points de terminaison %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoints file %1 is not valid JSON: %2</source>
        <translation>Le fichier des points de terminaison %1 n’est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The endpoints file %1: %2</source>
        <translation>Fichier des points de terminaison %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot create the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write the endpoints file %1: %2</source>
        <translation>Impossible d’écrire le fichier des points de terminaison %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <location filename="../ui/dialogs/endpointsdialog.cpp" line="+33"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OpenAI-compatible (OpenAI, llama.cpp, vLLM, LM Studio, OpenRouter…)</source>
        <translation>Compatible OpenAI (OpenAI, llama.cpp, vLLM, LM Studio, OpenRouter…)</translation>
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
        <translation>Le modèle du catalogue que sert ce point de terminaison&#xa0;: son prix donne le coût de chaque réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: an environment variable holding the key</source>
        <translation>facultatif&#xa0;: une variable d’environnement contenant la clé</translation>
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
        <translation>Le plus long silence en attendant une réponse ou entre ses octets&#xa0;; un flux lent mais régulier n’est jamais coupé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest time one answer may take, retries included</source>
        <translation>La durée maximale d’une réponse, nouvelles tentatives comprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog model:</source>
        <translation>Modèle du catalogue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key variable:</source>
        <translation>Variable de la clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Délai d’expiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum time:</source>
        <translation>Durée maximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>in the keychain (Set key…), or in $%1</source>
        <translation>dans le trousseau (Définir la clé…), ou dans $%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain here: set $%1 (or the key variable above).</source>
        <translation>Pas de trousseau ici&#xa0;: définissez $%1 (ou la variable de la clé ci-dessus).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a server found on this machine…</source>
        <translation>Ajouter un serveur trouvé sur cette machine…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved endpoint %1.</source>
        <translation>Point de terminaison %1 enregistré.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed endpoint %1.</source>
        <translation>Point de terminaison %1 retiré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No network client.</source>
        <translation>Aucun client réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected (key: %1). The server offers %2 model(s): %3</source>
        <translation>Connecté (clé&#xa0;: %1). Le serveur propose %2 modèle(s)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the endpoint first.</source>
        <translation>Enregistrez d’abord le point de terminaison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available here. Set the environment variable %1 before starting Rightsize.</source>
        <translation>Aucun trousseau n’est disponible ici. Définissez la variable d’environnement %1 avant de lancer Rightsize.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key for endpoint %1:</source>
        <translation>Clé du point de terminaison %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored the key of %1 in the keychain.</source>
        <translation>Clé de %1 enregistrée dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>EvalAssertion</name>
    <message>
        <location filename="../core/eval/evalassertion.cpp" line="+581"/>
        <source>unknown assertion type &quot;%1&quot;</source>
        <translation>type d’assertion inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>%1: the threshold must be a number</source>
        <translation>%1&#xa0;: le seuil doit être un nombre</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: &quot;%2&quot; is not a threshold</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un seuil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown assertion type &quot;%1&quot; (write &quot;equals: %2&quot; for plain text)</source>
        <translation>type d’assertion inconnu «&#xa0;%1&#xa0;» (écrivez «&#xa0;equals: %2&#xa0;» pour du texte brut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;type&quot; is missing or not text</source>
        <translation>«&#xa0;type&#xa0;» est absent ou n’est pas du texte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: field &quot;%2&quot; is not supported</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» n’est pas pris en charge</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The assertion %1 is invalid: %2</source>
        <translation>L’assertion %1 n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer equals &quot;%1&quot;.</source>
        <translation>La réponse est égale à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &quot;%1&quot;; the answer was &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» était attendu&#xa0;; la réponse était «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>The answer contains &quot;%1&quot;.</source>
        <translation>La réponse contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>Expected the answer to contain &quot;%1&quot;; it was &quot;%2&quot;.</source>
        <translation>La réponse devait contenir «&#xa0;%1&#xa0;»&#xa0;; elle était «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The answer starts with &quot;%1&quot;.</source>
        <translation>La réponse commence par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the answer to start with &quot;%1&quot;; it was &quot;%2&quot;.</source>
        <translation>La réponse devait commencer par «&#xa0;%1&#xa0;»&#xa0;; elle était «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer matches /%1/.</source>
        <translation>La réponse correspond à /%1/.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the answer to match /%1/; it was &quot;%2&quot;.</source>
        <translation>La réponse devait correspondre à /%1/&#xa0;; elle était «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected JSON; the answer was &quot;%1&quot;.</source>
        <translation>Du JSON était attendu&#xa0;; la réponse était «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected JSON matching the schema; %1.</source>
        <translation>Du JSON conforme au schéma était attendu&#xa0;; %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer is JSON matching the schema.</source>
        <translation>La réponse est du JSON conforme au schéma.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The answer is valid JSON.</source>
        <translation>La réponse est du JSON valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is JSON with %1.</source>
        <translation>La réponse est du JSON avec %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a JSON object with %1; the answer was &quot;%2&quot;.</source>
        <translation>Un objet JSON avec %1 était attendu&#xa0;; la réponse était «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+467"/>
        <source>no key &quot;%1&quot;</source>
        <translation>pas de clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>schema keyword &quot;%1&quot; at %2 is not supported</source>
        <translation>le mot-clé de schéma «&#xa0;%1&#xa0;» à %2 n’est pas pris en charge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schema &quot;type&quot; at %1 must be a string or a list</source>
        <translation>le «&#xa0;type&#xa0;» de schéma à %1 doit être une chaîne ou une liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown schema type &quot;%1&quot; at %2</source>
        <translation>type de schéma inconnu «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>schema &quot;required&quot; at %1 must be a list of names</source>
        <translation>le «&#xa0;required&#xa0;» de schéma à %1 doit être une liste de noms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema &quot;%1&quot; at %2 must be a number</source>
        <translation>le «&#xa0;%1&#xa0;» de schéma à %2 doit être un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema &quot;enum&quot; at %1 must be a list</source>
        <translation>le «&#xa0;enum&#xa0;» de schéma à %1 doit être une liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema &quot;properties&quot; at %1 must be an object</source>
        <translation>le «&#xa0;properties&#xa0;» de schéma à %1 doit être un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema for property &quot;%1&quot; must be an object</source>
        <translation>le schéma de la propriété «&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema &quot;items&quot; at %1 must be an object</source>
        <translation>le «&#xa0;items&#xa0;» de schéma à %1 doit être un objet</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+81"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 vaut %2, et non %3</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 is %2, not one of %3</source>
        <translation>%1 vaut %2, qui ne fait pas partie de %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, under the minimum %3</source>
        <translation>%1 vaut %2, sous le minimum de %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, over the maximum %3</source>
        <translation>%1 vaut %2, au-dessus du maximum de %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no key &quot;%2&quot;</source>
        <translation>%1 n’a pas de clé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 vaut %2, qui n’est pas un objet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the list must hold texts</source>
        <translation>la liste doit contenir des textes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs a list of texts, e.g. &quot;a, b&quot;</source>
        <translation>attend une liste de textes, p. ex. « a, b »</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>needs a text value</source>
        <translation>nécessite une valeur texte</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the threshold must not be negative</source>
        <translation>le seuil ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the threshold must be between 0 and 1</source>
        <translation>le seuil doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a regular expression</source>
        <translation>nécessite une expression régulière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>expression régulière «&#xa0;%1&#xa0;» non valide&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the value must be a JSON Schema object, e.g. {&quot;required&quot;: [&quot;name&quot;]}</source>
        <translation>la valeur doit être un objet JSON Schema, p. ex. {&quot;required&quot;: [&quot;name&quot;]}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the value is not a valid JSON object</source>
        <translation>la valeur n’est pas un objet JSON valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one key</source>
        <translation>nécessite au moins une clé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key paths must be text</source>
        <translation>les chemins de clés doivent être du texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs key paths (a, b.c) or a JSON object of keys and values</source>
        <translation>nécessite des chemins de clés (a, b.c) ou un objet JSON de clés et de valeurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a key path</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin de clé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs {&quot;value&quot;: number, &quot;tolerance&quot;: number}</source>
        <translation>nécessite {&quot;value&quot;: number, &quot;tolerance&quot;: number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tolerance must be a number</source>
        <translation>la tolérance doit être un nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number, e.g. 42 or 42 ± 0.5</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre, p. ex. 42 ou 42 ± 0.5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs a number, e.g. 42 or 42 ± 0.5</source>
        <translation>nécessite un nombre, p. ex. 42 ou 42 ± 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tolerance must not be negative</source>
        <translation>la tolérance ne doit pas être négative</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs a limit: a number not below 0</source>
        <translation>nécessite une limite&#xa0;: un nombre non négatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown assertion</source>
        <translation>assertion inconnue</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>The answer contains all of &quot;%1&quot;.</source>
        <translation>La réponse contient tout « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the answer to contain one of &quot;%1&quot;; it was &quot;%2&quot;.</source>
        <translation>La réponse devait contenir l’un de « %1 » ; elle était « %2 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is %1 edits from &quot;%2&quot;, within %3.</source>
        <translation>La réponse est à %1 modifications de « %2 », dans la limite de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected at most %1 edits from &quot;%2&quot;; the answer is %3 edits away: &quot;%4&quot;.</source>
        <translation>Au plus %1 modifications par rapport à « %2 » étaient attendues ; la réponse en est à %3 modifications : « %4 ».</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Expected a JSON object with %1; %2.</source>
        <translation>Un objet JSON avec %1 était attendu&#xa0;; %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer&apos;s number is %1.</source>
        <translation>Le nombre de la réponse est %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected the number %1; the answer has no number: &quot;%2&quot;.</source>
        <translation>Le nombre %1 était attendu&#xa0;; la réponse ne contient aucun nombre&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer&apos;s number %1 is %2.</source>
        <translation>Le nombre de la réponse, %1, est %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the number %1; the answer&apos;s number was %2.</source>
        <translation>Le nombre %1 était attendu&#xa0;; le nombre de la réponse était %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer took %1 ms, within %2 ms.</source>
        <translation>La réponse a pris %1 ms, dans la limite de %2 ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected at most %1 ms; the answer took %2 ms.</source>
        <translation>Attendu&#xa0;: au plus %1 ms&#xa0;; la réponse a pris %2 ms.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost not checked: the answer&apos;s cost is unknown (no catalog price or no token usage).</source>
        <translation>Coût non vérifié&#xa0;: le coût de la réponse est inconnu (pas de prix au catalogue ou pas de consommation de jetons).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer cost $%1, within $%2.</source>
        <translation>La réponse a coûté %1 $, dans la limite de %2 $.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected a cost of at most $%1; the answer cost $%2.</source>
        <translation>Attendu&#xa0;: un coût d’au plus %1 $&#xa0;; la réponse a coûté %2 $.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output tokens not checked: the server reported no token usage.</source>
        <translation>Jetons de sortie non vérifiés&#xa0;: le serveur n’a signalé aucune consommation de jetons.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer used %1 output tokens, within %2.</source>
        <translation>La réponse a utilisé %1 jetons de sortie, dans la limite de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected at most %1 output tokens; the answer used %2.</source>
        <translation>Attendu&#xa0;: au plus %1 jetons de sortie&#xa0;; la réponse en a utilisé %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rubric needs a judge</source>
        <translation>la grille d’évaluation nécessite un juge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As required, not so: %1</source>
        <translation>Comme exigé, ce n’est pas le cas&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected the opposite: %1</source>
        <translation>Le contraire était attendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The judge scored %1 (pass from %2) on &quot;%3&quot;: %4</source>
        <translation>Le juge a donné %1 (réussite à partir de %2) pour «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a judge score of at least %2 on &quot;%3&quot;; the judge scored %1: %4</source>
        <translation>Un score du juge d’au moins %2 était attendu pour «&#xa0;%3&#xa0;»&#xa0;; le juge a donné %1&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rubric &quot;%1&quot; not graded: %2</source>
        <translation>Grille «&#xa0;%1&#xa0;» non notée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the judge&apos;s reply has no &quot;SCORE: x&quot; line</source>
        <translation>la réponse du juge n’a pas de ligne «&#xa0;SCORE: x&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the judge&apos;s reply has %1 &quot;SCORE:&quot; lines, not one</source>
        <translation>la réponse du juge a %1 lignes «&#xa0;SCORE:&#xa0;», et non une seule</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the judge&apos;s score &quot;%1&quot; is not a number from 0 to 1</source>
        <translation>le score du juge «&#xa0;%1&#xa0;» n’est pas un nombre entre 0 et 1</translation>
    </message>
</context>
<context>
    <name>EvalCaseTableModel</name>
    <message>
        <location filename="../ui/models/evalcasetablemodel.cpp" line="+71"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1, assertion line %2: %3</source>
        <translation>%1, ligne d’assertion %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the weight must be a number above 0, not “%2”.</source>
        <translation>%1&#xa0;: le poids doit être un nombre supérieur à 0, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assertions (one per line)</source>
        <translation>Assertions (une par ligne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference answer</source>
        <translation>Réponse de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>EvalCasesTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalcasestab.cpp" line="+28"/>
        <source>System prompt (optional)</source>
        <translation>Prompt système (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt template, e.g. “Answer briefly: {{question}}” — each {{variable}} is a column of the cases</source>
        <translation>Gabarit de prompt, p. ex. «&#xa0;Answer briefly: {{question}}&#xa0;» — chaque {{variable}} est une colonne des cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Gabarit&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assertions: one per line, e.g. “contains: Paris”, “icontains: paris”, “regex: ^\d+$”, “is-json”, “llm-rubric: is polite”; plain text means equals</source>
        <translation>Assertions&#xa0;: une par ligne, p. ex. «&#xa0;contains: Paris&#xa0;», «&#xa0;icontains: paris&#xa0;», «&#xa0;regex: ^\d+$&#xa0;», «&#xa0;is-json&#xa0;», «&#xa0;llm-rubric: is polite&#xa0;»&#xa0;; du texte brut signifie equals</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save set</source>
        <translation>Enregistrer le jeu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the cases and the template (Ctrl+S)</source>
        <translation>Enregistrer les cas et le gabarit (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <location filename="../app/evalcommand.cpp" line="+95"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No evaluation sets or runs yet. Run one with: rightsize eval run --set cases.csv --prompt &quot;Answer: {{question}}&quot; --endpoint NAME</source>
        <translation>Aucun jeu d’évaluation ni aucune exécution pour l’instant. Lancez-en une avec&#xa0;: rightsize eval run --set cases.csv --prompt &quot;Answer: {{question}}&quot; --endpoint NAME</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Set</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
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
        <translation>export nécessite --out FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format expects one of: %1</source>
        <translation>--format attend l’une des valeurs : %1</translation>
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
        <translation>Mesure la qualité sur vos propres tâches : exécute un jeu d’évaluation sur plusieurs points de terminaison et note chaque réponse.
  eval run --set FILE|NAME --endpoint NAME…   exécuter un jeu (CSV/JSONL au format de promptfoo, ou un jeu enregistré)
  eval run --resume RUN_ID                    reprendre une exécution arrêtée sans refaire les cas terminés
  eval run --config promptfooconfig.yaml      exécuter une configuration promptfoo (aussi : eval run FILE.yaml)
  eval import FILE                            enregistrer le ou les jeux d’un fichier CSV/JSONL/JSON ou d’une configuration promptfoo
  eval list                                   jeux et exécutions enregistrés, les plus récents d’abord
  eval show RUN_ID                            matrice cas × point de terminaison et taux de réussite d’une exécution
  eval export RUN_ID --out FILE               les résultats d’une exécution en CSV, JSON, JSONL ou JSON de résultats promptfoo
Les résultats sont enregistrés dans la base d’historique à mesure qu’ils arrivent.
Codes de sortie : 0 chaque cas a réussi sur chaque point de terminaison ; 100 l’exécution s’est terminée mais un cas a échoué ou n’a pas pu
être noté (pour la CI) ; 1 l’exécution n’a pas pu se faire ou a été annulée ; 2 mauvais usage ou fichier de jeu invalide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>run, list, show, export or import</source>
        <translation>run, list, show, export ou import</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export format: csv, json, jsonl or promptfoo (promptfoo&apos;s results JSON; default: from the file name).</source>
        <translation>Format d’export : csv, json, jsonl ou promptfoo (le JSON de résultats de promptfoo ; par défaut : d’après le nom du fichier).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expects run, list, show RUN_ID, export RUN_ID or import FILE; see &apos;rightsize eval --help&apos;</source>
        <translation>attend run, list, show RUN_ID, export RUN_ID ou import FILE ; voir &apos;rightsize eval --help&apos;</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>%1 results written to %2</source>
        <translation>%1 résultats écrits dans %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider %1 → your endpoint “%2”</source>
        <translation>Fournisseur %1 → votre point de terminaison « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider %1 → %2 (for this run)</source>
        <translation>Fournisseur %1 → %2 (pour cette exécution)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rubric provider → %1</source>
        <translation>Fournisseur de notation → %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Set “%1”: %2 cases</source>
        <translation>Jeu « %1 » : %2 cas</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Not supported, skipped (%1):</source>
        <translation>Non pris en charge, ignoré (%1) :</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved; run with: rightsize eval run %1</source>
        <translation>Enregistré ; à exécuter avec : rightsize eval run %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resuming evaluation run %1 of “%2”: %3 of %4 results already stored.</source>
        <translation>Reprise de l’exécution d’évaluation %1 de «&#xa0;%2&#xa0;»&#xa0;: %3 résultats sur %4 déjà enregistrés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation run %1 of “%2”: %3 cases × %4 endpoints × %5 = %6 calls. If it is stopped, continue it with: rightsize eval run --resume %1</source>
        <translation>Exécution d’évaluation %1 de «&#xa0;%2&#xa0;»&#xa0;: %3 cas × %4 points de terminaison × %5 = %6 appels. Si elle est interrompue, poursuivez-la avec&#xa0;: rightsize eval run --resume %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> · about %1 s left</source>
        <translation> · environ %1 s restantes</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The evaluation set: a .csv, .jsonl or .json file (saved by its name), or a saved set&apos;s name.</source>
        <translation>Le jeu d’évaluation&#xa0;: un fichier .csv, .jsonl ou .json (enregistré sous son nom), ou le nom d’un jeu enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A promptfoo configuration (promptfooconfig.yaml): its prompts, providers, tests, defaultTest and evaluateOptions; unsupported parts are listed with their line.</source>
        <translation>Une configuration promptfoo (promptfooconfig.yaml) : ses prompts, providers, tests, defaultTest et evaluateOptions ; les parties non prises en charge sont listées avec leur ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user prompt template, e.g. &quot;Answer: {{question}}&quot;; needed when the set has none.</source>
        <translation>Le gabarit du prompt utilisateur, p. ex. «&#xa0;Answer: {{question}}&#xa0;»&#xa0;; nécessaire si le jeu n’en a pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system prompt template (with --prompt).</source>
        <translation>Le gabarit du prompt système (avec --prompt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configured endpoint (see &apos;rightsize endpoint list&apos;); repeat for several.</source>
        <translation>Un point de terminaison configuré (voir &apos;rightsize endpoint list&apos;)&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ad-hoc endpoint, e.g. openai:tiny@http://127.0.0.1:8080/v1; repeat for several.</source>
        <translation>Un point de terminaison ad hoc, p. ex. openai:tiny@http://127.0.0.1:8080/v1&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs of every case on every endpoint, to see variance (default 1).</source>
        <translation>Exécutions de chaque cas sur chaque point de terminaison, pour observer la variance (1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls in flight at once (default 4).</source>
        <translation>Appels simultanés (4 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint (name or KIND:MODEL@BASE_URL) that grades llm-rubric assertions.</source>
        <translation>Le point de terminaison (nom ou KIND:MODEL@BASE_URL) qui note les assertions llm-rubric.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling temperature, 0–2 (default: each endpoint&apos;s own).</source>
        <translation>Température d’échantillonnage, 0–2 (par défaut&#xa0;: celle de chaque point de terminaison).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most output tokens per answer.</source>
        <translation>Nombre maximal de jetons de sortie par réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a cancelled or interrupted run (see &apos;eval list&apos;).</source>
        <translation>Poursuivre une exécution annulée ou interrompue (voir &apos;eval list&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to export to.</source>
        <translation>Le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 expects one RUN_ID</source>
        <translation>%1 attend un seul RUN_ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import expects one FILE</source>
        <translation>import attend un seul FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvalExport</name>
    <message>
        <location filename="../core/eval/evalexport.cpp" line="+204"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvalMatrixModel</name>
    <message>
        <location filename="../ui/models/evalmatrixmodel.cpp" line="+108"/>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
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
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 · latency %2 ms · cost %3</source>
        <translation>Score %1 · latence %2 ms · coût %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 repeats passed (means shown)</source>
        <translation>%1 répétitions réussies sur %2 (moyennes affichées)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Case %1: %2</source>
        <translation>Cas %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvalRatingsTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalratingstab.cpp" line="+28"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the votes again and recompute the ratings (F5)</source>
        <translation>Relire les votes et recalculer les cotes (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use as quality</source>
        <translation>Utiliser comme qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make these ratings the quality of the models: the cost-versus-quality chart and the recommendation rank by them (ratings are never checked against a minimum accuracy)</source>
        <translation>Faire de ces cotes la qualité des modèles : le graphique coût-qualité et la recommandation les classent selon elles (les cotes ne sont jamais comparées à une exactitude minimale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Forget measured quality</source>
        <translation>Oublier la qualité mesurée</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Remove every measured quality (evaluation pass rates and ratings) from the catalog; the public benchmarks are used again</source>
        <translation>Retirer du catalogue toute qualité mesurée (taux de réussite des évaluations et cotes) ; les benchmarks publics s’appliquent de nouveau</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Remove every measured quality (%n measurement(s)) from the catalog? The stored runs and votes stay; you can use them as quality again.</source>
        <translation>
            <numerusform>Retirer du catalogue la qualité mesurée (%n mesure) ? Les exécutions et votes enregistrés restent ; vous pourrez de nouveau les utiliser comme qualité.</numerusform>
            <numerusform>Retirer du catalogue toute qualité mesurée (%n mesures) ? Les exécutions et votes enregistrés restent ; vous pourrez de nouveau les utiliser comme qualité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No votes yet: vote on the Compare page after a run (blind mode).</source>
        <translation>Aucun vote pour l’instant : votez sur la page Comparer après une exécution (mode à l’aveugle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No history database is open, so there are no votes to rate.</source>
        <translation>Aucune base d’historique n’est ouverte : il n’y a donc aucun vote à coter.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Bradley–Terry ratings from %n vote(s) cast on the Compare page.</source>
        <translation>
            <numerusform>Cotes de Bradley–Terry issues de %n vote exprimé sur la page Comparer.</numerusform>
            <numerusform>Cotes de Bradley–Terry issues de %n votes exprimés sur la page Comparer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Some models won or lost every vote they took part in: their ratings are pulled toward 1000 so that they stay finite; more votes will sharpen them.</source>
        <translation>%1 Certains modèles ont gagné ou perdu tous les votes auxquels ils ont pris part : leurs cotes sont ramenées vers 1000 pour rester finies ; davantage de votes les préciseront.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 %n vote(s) not counted (between two answers of the same model, or of a deleted run).</source>
        <translation>
            <numerusform>%1 %n vote non compté (entre deux réponses du même modèle, ou d’une exécution supprimée).</numerusform>
            <numerusform>%1 %n votes non comptés (entre deux réponses du même modèle, ou d’une exécution supprimée).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no ratings yet: vote on the Compare page after a run (blind mode).</source>
        <translation>Il n’y a pas encore de cotes : votez sur la page Comparer après une exécution (mode à l’aveugle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your pairwise ratings</source>
        <translation>Vos cotes par paires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of the rated models is a model of the catalog “%1”, so the ratings cannot become quality scores. Set each endpoint&apos;s catalog model with Endpoints….</source>
        <translation>Aucun des modèles cotés n’est un modèle du catalogue « %1 » : les cotes ne peuvent donc pas devenir des notes de qualité. Définissez le modèle de catalogue de chaque point de terminaison via Points de terminaison….</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Quality now measured by %1: %n model(s) rated.</source>
        <translation>
            <numerusform>Qualité désormais mesurée par %1 : %n modèle coté.</numerusform>
            <numerusform>Qualité désormais mesurée par %1 : %n modèles cotés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Not in the catalog: %2.</source>
        <translation>%1 Absents du catalogue : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 Caution: %n vote(s) prove little: ratings this close to their start are mostly noise. Vote more before deciding.</source>
        <translation>
            <numerusform>%1 Attention : %n vote prouve peu : si près de leur départ, les classements sont surtout du bruit. Votez davantage avant de décider.</numerusform>
            <numerusform>%1 Attention : %n votes prouvent peu : si près de leur départ, les classements sont surtout du bruit. Votez davantage avant de décider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Forgot %n measured quality benchmark(s); the public benchmarks are used again.</source>
        <translation>
            <numerusform>%n benchmark de qualité mesurée oublié ; les benchmarks publics s’appliquent de nouveau.</numerusform>
            <numerusform>%n benchmarks de qualité mesurée oubliés ; les benchmarks publics s’appliquent de nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalReport</name>
    <message>
        <location filename="../app/evalreport.cpp" line="+54"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Evaluation run %1 · set “%2” · %3 · %4 of %5 results</source>
        <translation>Exécution d’évaluation %1 · jeu «&#xa0;%2&#xa0;» · %3 · %4 résultats sur %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost/case</source>
        <translation>Coût/cas</translation>
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
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failures:</source>
        <translation>Échecs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EvalRepository</name>
    <message>
        <location filename="../core/store/evalrepository.cpp" line="+158"/>
        <source>Cannot save the evaluation set “%1” in %2: %3</source>
        <translation>Impossible d’enregistrer le jeu d’évaluation «&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the set has no name</source>
        <translation>le jeu n’a pas de nom</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+13"/>
        <location line="+36"/>
        <source>Cannot read the evaluation set “%1” from %2: %3</source>
        <translation>Impossible de lire le jeu d’évaluation «&#xa0;%1&#xa0;» depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+9"/>
        <source>The evaluation set “%1” in %2, case %3: %4</source>
        <translation>Jeu d’évaluation «&#xa0;%1&#xa0;» dans %2, cas %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>There is no saved evaluation set named “%1”.</source>
        <translation>Il n’y a aucun jeu d’évaluation enregistré nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot read the evaluation sets from %1: %2</source>
        <translation>Impossible de lire les jeux d’évaluation depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot delete the evaluation set “%1” from %2: %3</source>
        <translation>Impossible de supprimer le jeu d’évaluation «&#xa0;%1&#xa0;» de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot record the evaluation run of “%1” in %2: %3</source>
        <translation>Impossible d’enregistrer l’exécution de l’évaluation «&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot store a result of evaluation run %1 in %2: %3</source>
        <translation>Impossible d’enregistrer un résultat de l’exécution d’évaluation %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot mark evaluation run %1 as ended in %2: %3</source>
        <translation>Impossible de marquer l’exécution d’évaluation %1 comme terminée dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+52"/>
        <source>There is no evaluation run %1.</source>
        <translation>Il n’y a pas d’exécution d’évaluation %1.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Cannot resume evaluation run %1 in %2: %3</source>
        <translation>Impossible de reprendre l’exécution d’évaluation %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot delete evaluation run %1 from %2: %3</source>
        <translation>Impossible de supprimer l’exécution d’évaluation %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+88"/>
        <source>Cannot read the results of evaluation run %1 from %2: %3</source>
        <translation>Impossible de lire les résultats de l’exécution d’évaluation %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cannot read the evaluation runs from %1: %2</source>
        <translation>Impossible de lire les exécutions d’évaluation depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Cannot read evaluation run %1 from %2: %3</source>
        <translation>Impossible de lire l’exécution d’évaluation %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>evaluation run %1</source>
        <translation>exécution d’évaluation %1</translation>
    </message>
</context>
<context>
    <name>EvalResultsTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalresultstab.cpp" line="+61"/>
        <source>Stored runs of the selected set, newest first</source>
        <translation>Exécutions enregistrées du jeu sélectionné, les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume run</source>
        <translation>Reprendre l’exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue this run: only the cases without a result are sent</source>
        <translation>Poursuivre cette exécution&#xa0;: seuls les cas sans résultat sont envoyés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another run of the same set, to see which cases flipped</source>
        <translation>Une autre exécution du même jeu, pour voir quels cas ont changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as quality</source>
        <translation>Utiliser comme qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this run&apos;s pass rates the quality of the endpoints&apos; catalog models: the recommendation&apos;s accuracy check and the cost-versus-quality chart use them</source>
        <translation>Faire des taux de réussite de cette exécution la qualité des modèles du catalogue des points de terminaison&#xa0;: la vérification d’exactitude de la recommandation et le graphique coût/qualité les utilisent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run:</source>
        <translation>Exécution&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter cases by metadata, e.g. category=geography</source>
        <translation>Filtrer les cas par métadonnées, p. ex. category=geography</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the cases whose metadata (promptfoo&apos;s metadata, or a CSV __metadata:NAME column) has NAME=value, or contains the text</source>
        <translation>N’affiche que les cas dont les métadonnées (metadata de promptfoo, ou une colonne CSV __metadata:NAME) ont NAME=valeur, ou contiennent le texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this run&apos;s results as CSV, JSON, JSON Lines, or promptfoo&apos;s results JSON (for promptfoo&apos;s viewer and CI tooling)</source>
        <translation>Enregistrer les résultats de cette exécution en CSV, JSON, JSON Lines ou JSON de résultats promptfoo (pour le visualiseur et les outils de CI de promptfoo)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Click a cell to see the prompt, the answer and why it passed or failed.</source>
        <translation>Cliquez sur une cellule pour voir le prompt, la réponse et la raison de sa réussite ou de son échec.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot list the runs of “%1”: %2</source>
        <translation>Impossible de lister les exécutions de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1 · %2 · %3 of %4 passed · %5</source>
        <translation>#%1 · %2 · %3 réussis sur %4 · %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l’instant</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Import an evaluation set (Ctrl+I) or create one with New, then check endpoints and press Run (Ctrl+Return).</source>
        <translation>Importez un jeu d’évaluation (Ctrl+I) ou créez-en un avec Nouveau, puis cochez des points de terminaison et appuyez sur Exécuter (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No runs of “%1” yet: check endpoints on the left and press Run (Ctrl+Return).</source>
        <translation>Aucune exécution de «&#xa0;%1&#xa0;» pour l’instant&#xa0;: cochez des points de terminaison à gauche et appuyez sur Exécuter (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+168"/>
        <source>The history database is not open.</source>
        <translation>La base de données de l’historique n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with run #%1</source>
        <translation>Comparer avec l’exécution #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run #%1 of “%2”, started %3 · repeat ×%4 · %5 of %6 results</source>
        <translation>Exécution #%1 de «&#xa0;%2&#xa0;», démarrée le %3 · répétition ×%4 · %5 résultats sur %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — incomplete: Resume run sends only the cases without a result.</source>
        <translation>%1 — incomplète&#xa0;: Reprendre l’exécution n’envoie que les cas sans résultat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run of “%1” in progress</source>
        <translation>Exécution de «&#xa0;%1&#xa0;» en cours</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The summary covers the %1 of %2 cases the filter shows; clear the filter for the whole run. Use as quality and Compare with… always count every case.</source>
        <translation>Le résumé couvre les %1 cas sur %2 que montre le filtre ; videz le filtre pour l’exécution entière. « Utiliser comme qualité » et « Comparer avec… » comptent toujours tous les cas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not run yet.</source>
        <translation>Pas encore exécuté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference answer</source>
        <translation>Réponse de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat %1: %2</source>
        <translation>Répétition %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score %1 · %2 ms · %3</source>
        <translation>score %1 · %2 ms · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call failed: %1</source>
        <translation>Échec de l’appel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run #%1 → run #%2: %3 case(s) now fail, %4 now pass, %5 unchanged.</source>
        <translation>Exécution #%1 → exécution #%2&#xa0;: %3 cas échouent désormais, %4 réussissent désormais, %5 inchangés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The set changed between these runs; cases are matched by position.</source>
        <translation>Le jeu a changé entre ces exécutions&#xa0;; les cas sont appariés par position.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed before, fail now:</source>
        <translation>Réussis avant, en échec maintenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed before, pass now:</source>
        <translation>En échec avant, réussis maintenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 % → %3 % (%4 points)</source>
        <translation>%1&#xa0;: %2&#xa0;% → %3&#xa0;% (%4 points)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass rates:</source>
        <translation>Taux de réussite&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show a run with results first.</source>
        <translation>Affichez d’abord une exécution avec des résultats.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of this run&apos;s endpoints names a model of the catalog “%1”, so its pass rates cannot become quality scores. Set each endpoint&apos;s catalog model with Endpoints….</source>
        <translation>Aucun des points de terminaison de cette exécution ne désigne un modèle du catalogue «&#xa0;%1&#xa0;», ses taux de réussite ne peuvent donc pas devenir des scores de qualité. Définissez le modèle de catalogue de chaque point de terminaison avec Points de terminaison….</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Quality now measured by %1: %n model(s) scored. The recommendation&apos;s accuracy check and the cost-versus-quality chart use it; models without a score there are marked unknown.</source>
        <translation>
            <numerusform>Qualité désormais mesurée par %1&#xa0;: %n modèle noté. La vérification d’exactitude de la recommandation et le graphique coût/qualité l’utilisent&#xa0;; les modèles sans score y sont marqués comme inconnus.</numerusform>
            <numerusform>Qualité désormais mesurée par %1&#xa0;: %n modèles notés. La vérification d’exactitude de la recommandation et le graphique coût/qualité l’utilisent&#xa0;; les modèles sans score y sont marqués comme inconnus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Not scored: %2.</source>
        <translation>%1 Non notés&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 Caution: %n case(s) prove little: the 95 % intervals are wide, so a difference smaller than them is noise. Add cases before deciding.</source>
        <translation>
            <numerusform>%1 Attention : %n cas prouve peu : les intervalles à 95 % sont larges, une différence plus petite est du bruit. Ajoutez des cas avant de décider.</numerusform>
            <numerusform>%1 Attention : %n cas prouvent peu : les intervalles à 95 % sont larges, une différence plus petite est du bruit. Ajoutez des cas avant de décider.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No run with results is shown: there is nothing to export.</source>
        <translation>Aucune exécution avec résultats n’est affichée : rien à exporter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>promptfoo results (*.json)</source>
        <translation>Résultats promptfoo (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export to %1: the name must end in .csv, .json or .jsonl.</source>
        <translation>Impossible d’exporter vers %1 : le nom doit se terminer par .csv, .json ou .jsonl.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n result(s) written to %1</source>
        <translation>
            <numerusform>%n résultat écrit dans %1</numerusform>
            <numerusform>%n résultats écrits dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvalRunArguments</name>
    <message>
        <location filename="../app/evalrunarguments.cpp" line="+44"/>
        <source>unknown endpoint “%1”: none is configured (see &apos;rightsize endpoint add&apos;)</source>
        <translation>point de terminaison inconnu «&#xa0;%1&#xa0;»&#xa0;: aucun n’est configuré (voir &apos;rightsize endpoint add&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown endpoint “%1”; configured: %2</source>
        <translation>point de terminaison inconnu «&#xa0;%1&#xa0;»&#xa0;; configurés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 expects a whole number from 1 to %2, not “%3”</source>
        <translation>--%1 attend un nombre entier de 1 à %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set “%1” is neither a file nor a saved set (saved sets: %2)</source>
        <translation>--set «&#xa0;%1&#xa0;» n’est ni un fichier ni un jeu enregistré (jeux enregistrés&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run needs --set FILE|NAME (a .csv, .jsonl or .json file, or a saved set)</source>
        <translation>run nécessite --set FILE|NAME (un fichier .csv, .jsonl ou .json, ou un jeu enregistré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--system needs --prompt too</source>
        <translation>--system nécessite aussi --prompt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the set “%1” has no cases</source>
        <translation>le jeu «&#xa0;%1&#xa0;» ne contient aucun cas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the set “%1” has no prompt template; give one with --prompt, e.g. --prompt &quot;Answer: {{question}}&quot;</source>
        <translation>le jeu «&#xa0;%1&#xa0;» n’a pas de gabarit de prompt&#xa0;; indiquez-en un avec --prompt, p. ex. --prompt &quot;Answer: {{question}}&quot;</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>--temperature expects a number from 0 to 2</source>
        <translation>--temperature attend un nombre entre 0 et 2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL</source>
        <translation>indiquez au moins un --endpoint NAME ou une --target KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is named twice</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+98"/>
        <source>--judge: %1</source>
        <translation>--judge&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 has an llm-rubric assertion: name the endpoint that grades it with --judge NAME</source>
        <translation>%1 contient une assertion llm-rubric&#xa0;: indiquez le point de terminaison qui la note avec --judge NAME</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--resume continues a run as it was started: --%1 cannot change it</source>
        <translation>--resume poursuit une exécution telle qu’elle a été lancée&#xa0;: --%1 ne peut pas la modifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--resume %1</source>
        <translation>--resume %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluation run %1 has finished; there is nothing to resume</source>
        <translation>l’exécution d’évaluation %1 est terminée&#xa0;; il n’y a rien à reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation run %1 is still running in another Rightsize</source>
        <translation>l’exécution d’évaluation %1 est encore en cours dans une autre instance de Rightsize</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--config runs the configuration&apos;s prompts, tests and providers: --%1 cannot be added to it</source>
        <translation>--config exécute les prompts, tests et fournisseurs de la configuration : --%1 ne peut pas s’y ajouter</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has an llm-rubric assertion: set defaultTest.options.provider in the configuration or name the endpoint that grades it with --judge NAME</source>
        <translation>%1 contient une assertion llm-rubric : définissez defaultTest.options.provider dans la configuration ou nommez le point de terminaison qui note avec --judge NAME</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expects a RUN_ID number, not “%1”</source>
        <translation>attend un numéro RUN_ID, et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvalRunTab</name>
    <message>
        <location filename="../ui/pages/evaluations/evalruntab.cpp" line="+48"/>
        <location line="+45"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Endpoints:</source>
        <translation>Points de terminaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No endpoints yet. Add endpoints with Endpoints… below (or File → Endpoints…).</source>
        <translation>Aucun point de terminaison pour l’instant. Ajoutez-en avec Points de terminaison… ci-dessous (ou Fichier → Points de terminaison…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints…</source>
        <translation>Points de terminaison…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The endpoint that grades llm-rubric assertions (score 0–1); its cost is counted</source>
        <translation>Le point de terminaison qui note les assertions llm-rubric (score 0–1)&#xa0;; son coût est comptabilisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs of every case on every endpoint, to see how much answers vary</source>
        <translation>Exécutions de chaque cas sur chaque point de terminaison, pour voir à quel point les réponses varient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls in flight at once, across all endpoints</source>
        <translation>Appels simultanés, tous points de terminaison confondus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juge&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat:</source>
        <translation>Ré&amp;pétitions&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;once:</source>
        <translation>En para&amp;llèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the selected set on the checked endpoints (Ctrl+Return)</source>
        <translation>Exécuter le jeu sélectionné sur les points de terminaison cochés (Ctrl+Entrée)</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run; the results so far are kept and it can be resumed (Esc)</source>
        <translation>Arrêter l’exécution&#xa0;; les résultats obtenus sont conservés et elle pourra être reprise (Échap)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No judge</source>
        <translation>Aucun juge</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+47"/>
        <source>An evaluation is already running: wait for it, or cancel it (Esc).</source>
        <translation>Une évaluation est déjà en cours&#xa0;: attendez qu’elle se termine ou annulez-la (Échap).</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Choose an evaluation set first, or import one (Ctrl+I).</source>
        <translation>Choisissez d’abord un jeu d’évaluation, ou importez-en un (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set “%1” has no cases: add some on the Cases tab.</source>
        <translation>Le jeu «&#xa0;%1&#xa0;» ne contient aucun cas&#xa0;: ajoutez-en dans l’onglet Cas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The set “%1” has no prompt template: write one on the Cases tab, e.g. “Answer briefly: {{question}}”.</source>
        <translation>Le jeu «&#xa0;%1&#xa0;» n’a pas de gabarit de prompt&#xa0;: rédigez-en un dans l’onglet Cas, p. ex. «&#xa0;Answer briefly: {{question}}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The set “%1” cannot fill its template: %2</source>
        <translation>Le jeu «&#xa0;%1&#xa0;» ne peut pas remplir son gabarit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No endpoints yet: add one with Endpoints….</source>
        <translation>Aucun point de terminaison pour l’instant&#xa0;: ajoutez-en un avec Points de terminaison….</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one endpoint to run the set on.</source>
        <translation>Cochez au moins un point de terminaison sur lequel exécuter le jeu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The set “%1” has llm-rubric assertions: choose a judge endpoint to grade them.</source>
        <translation>Le jeu «&#xa0;%1&#xa0;» contient des assertions llm-rubric&#xa0;: choisissez un point de terminaison juge pour les noter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history database is not open.</source>
        <translation>La base de données de l’historique n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run #%1 cannot be resumed: it is %2.</source>
        <translation>L’exécution #%1 ne peut pas être reprise&#xa0;: elle est %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking up API keys…</source>
        <translation>Recherche des clés d’API…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 · ETA %3</source>
        <translation>%1 sur %2 · temps restant %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 · estimating time left…</source>
        <translation>%1 sur %2 · estimation du temps restant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · paused</source>
        <translation>%1 · en pause</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already done before, not sent again</source>
        <translation>
            <numerusform>%n déjà fait auparavant, non renvoyé</numerusform>
            <numerusform>%n déjà faits auparavant, non renvoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the remaining cases again (Ctrl+P)</source>
        <translation>Envoyer de nouveau les cas restants (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send no new calls; those in flight finish (Ctrl+P)</source>
        <translation>N’envoyer aucun nouvel appel&#xa0;; ceux en cours se terminent (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>EvalRunner</name>
    <message>
        <location filename="../core/eval/evalrunner.cpp" line="+123"/>
        <source>An evaluation is already running.</source>
        <translation>Une évaluation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: no chat client.</source>
        <translation>Impossible d’exécuter l’évaluation %1&#xa0;: aucun client de chat.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot run evaluation %1: the set has no cases.</source>
        <translation>Impossible d’exécuter l’évaluation %1&#xa0;: le jeu ne contient aucun cas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: no endpoints chosen.</source>
        <translation>Impossible d’exécuter l’évaluation %1&#xa0;: aucun point de terminaison choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: two endpoints have the same name.</source>
        <translation>Impossible d’exécuter l’évaluation %1&#xa0;: deux points de terminaison portent le même nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot run evaluation %1: the set has no prompt template; give one, e.g. &quot;Answer: {{question}}&quot;.</source>
        <translation>Impossible d’exécuter l’évaluation %1&#xa0;: le jeu n’a pas de gabarit de prompt&#xa0;; indiquez-en un, p. ex. «&#xa0;Answer: {{question}}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run evaluation %1: %2</source>
        <translation>Impossible d’exécuter l’évaluation %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>no judge endpoint is chosen</source>
        <translation>aucun point de terminaison juge n’est choisi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the judge %1 did not answer: %2</source>
        <translation>le juge %1 n’a pas répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvalSession</name>
    <message>
        <location filename="../core/eval/evalsession.cpp" line="+94"/>
        <source>Cannot run evaluation %1: %2 has an llm-rubric assertion and no judge endpoint is chosen.</source>
        <translation>Impossible de lancer l’évaluation %1 : %2 a une assertion llm-rubric et aucun point d’accès juge n’est choisi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An evaluation is already running.</source>
        <translation>Une évaluation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot resume run #%1: %2</source>
        <translation>Impossible de reprendre l’exécution n° %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The history database was closed before the run started.</source>
        <translation>La base d’historique a été fermée avant le début de l’exécution.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot store the run: %1</source>
        <translation>Impossible d’enregistrer l’exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A result could not be stored, so this run cannot be resumed completely: %1</source>
        <translation>Un résultat n’a pas pu être enregistré, cette exécution ne pourra donc pas être reprise entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The run&apos;s end could not be stored: %1</source>
        <translation>La fin de l’exécution n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run&apos;s end could not be stored: the history database was closed.</source>
        <translation>La fin de l’exécution n’a pas pu être enregistrée : la base d’historique a été fermée.</translation>
    </message>
</context>
<context>
    <name>EvalSet</name>
    <message>
        <location filename="../core/eval/evalset.cpp" line="+42"/>
        <source>the template uses {{%1}} but there is no variable &quot;%1&quot;</source>
        <translation>le gabarit de prompt utilise {{%1}} mais il n’y a pas de variable «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case %1</source>
        <translation>cas %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the template uses {{%2}} but the case has no variable &quot;%2&quot;</source>
        <translation>%1&#xa0;: le gabarit de prompt utilise {{%2}} mais le cas n’a pas de variable «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvalSetFormat</name>
    <message>
        <location filename="../core/eval/evalsetformat.cpp" line="+29"/>
        <source>%1 line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 line %2: %3: %4</source>
        <translation>%1, ligne %2&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation>%1&#xa0;: le fichier n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the template uses {{%1}} but the case has no variable &quot;%1&quot;</source>
        <translation>le gabarit de prompt utilise {{%1}} mais le cas n’a pas de variable «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>column %1: text after a closing quote (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>colonne %1&#xa0;: texte après un guillemet fermant (écrivez &quot;&quot; pour un guillemet dans un champ entre guillemets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>colonne %1&#xa0;: un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: field not supported (known: %2)</source>
        <translation>%1&#xa0;: champ non pris en charge (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>description: must be text</source>
        <translation>description&#xa0;: doit être du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected: must be text</source>
        <translation>expected&#xa0;: doit être du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vars: must be an object of names and values</source>
        <translation>vars&#xa0;: doit être un objet de noms et de valeurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vars.%1: must be text, a number or true/false</source>
        <translation>vars.%1&#xa0;: doit être du texte, un nombre ou true/false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assert: must be a list of assertions</source>
        <translation>assert&#xa0;: doit être une liste d’assertions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assert[%1]: must be an object with &quot;type&quot; and &quot;value&quot;</source>
        <translation>assert[%1]&#xa0;: doit être un objet avec «&#xa0;type&#xa0;» et «&#xa0;value&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assert[%1]: %2</source>
        <translation>assert[%1]&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight: must be a number above 0</source>
        <translation>weight&#xa0;: doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>threshold: must be a number</source>
        <translation>threshold : doit être un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metadata: must be an object of names and values</source>
        <translation>metadata : doit être un objet de noms et de valeurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>options: must be an object</source>
        <translation>options : doit être un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>options.%1: must be text</source>
        <translation>options.%1 : doit être du texte</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: the file is empty; expected a header row naming the columns</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; une ligne d’en-tête nommant les colonnes était attendue</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>column %1 has no name</source>
        <translation>la colonne %1 n’a pas de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>column &quot;%1&quot; sets the threshold of &quot;%2&quot;, but there is no such column</source>
        <translation>la colonne « %1 » fixe le seuil de « %2 », mais cette colonne n’existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1&quot; names no metadata key</source>
        <translation>la colonne « %1 » ne nomme aucune clé de métadonnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column &quot;%1&quot; is not supported (use __expected, __expectedN, __description, __weight, __threshold, __prefix, __suffix, __metadata:NAME or __config:__expectedN:threshold)</source>
        <translation>la colonne « %1 » n’est pas prise en charge (utilisez __expected, __expectedN, __description, __weight, __threshold, __prefix, __suffix, __metadata:NAME ou __config:__expectedN:threshold)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 fields, but the header names %2 columns</source>
        <translation>%1 champs, mais l’en-tête nomme %2 colonnes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a number above 0</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre supérieur à 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: no cases, only a header row</source>
        <translation>%1&#xa0;: aucun cas, seulement une ligne d’en-tête</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>assert[%1]: %2 needs a &quot;threshold&quot; (promptfoo reads the limit from it, not from &quot;value&quot;), e.g. {&quot;type&quot;: &quot;%2&quot;, &quot;threshold&quot;: %3}</source>
        <translation>assert[%1] : %2 demande un &quot;threshold&quot; (promptfoo y lit la limite, pas dans &quot;value&quot;), par ex. {&quot;type&quot;: &quot;%2&quot;, &quot;threshold&quot;: %3}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON non valide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected one JSON object per line, e.g. {&quot;vars&quot;: {…}, &quot;assert&quot;: […]}</source>
        <translation>un objet JSON par ligne était attendu, p. ex. {&quot;vars&quot;: {…}, &quot;assert&quot;: […]}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file has no cases</source>
        <translation>%1&#xa0;: le fichier ne contient aucun cas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read evaluation set %1: %2</source>
        <translation>Impossible de lire le jeu d’évaluation %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read evaluation set %1: unknown file type (expected .csv, .jsonl or .json)</source>
        <translation>Impossible de lire le jeu d’évaluation %1&#xa0;: type de fichier inconnu (attendu&#xa0;: .csv, .jsonl ou .json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot load evaluation set %1: %2</source>
        <translation>Impossible de charger le jeu d’évaluation %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Rightsize evaluation set (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>ce n’est pas un jeu d’évaluation Rightsize («&#xa0;format&#xa0;» ne vaut pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not supported (this build reads version %2)</source>
        <translation>la version %1 n’est pas prise en charge (cette version du logiciel lit la version %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;name&quot;: required but missing</source>
        <translation>champ «&#xa0;name&#xa0;»&#xa0;: obligatoire mais absent</translation>
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
        <translation>Jeux d’évaluation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty set and write its cases on the Cases tab</source>
        <translation>Créer un jeu vide et rédiger ses cas dans l’onglet Cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected set (its stored runs stay)</source>
        <translation>Supprimer le jeu sélectionné (ses exécutions enregistrées sont conservées)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot list the evaluation sets: %1</source>
        <translation>Impossible de lister les jeux d’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evaluation sets yet. Import a CSV (promptfoo layout: one column per variable, __expected for checks such as “contains: Paris”), a JSONL or a JSON file — or drop one here.</source>
        <translation>Aucun jeu d’évaluation pour l’instant. Importez un CSV (format promptfoo&#xa0;: une colonne par variable, __expected pour les vérifications telles que «&#xa0;contains: Paris&#xa0;»), un JSONL ou un fichier JSON — ou déposez-en un ici.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the set “%1”: %2</source>
        <translation>Impossible d’ouvrir le jeu «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to “%1” first?</source>
        <translation>Enregistrer d’abord les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot save the set from %1: the history database is not open.</source>
        <translation>Impossible d’enregistrer le jeu depuis %1&#xa0;: la base de données de l’historique n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+52"/>
        <source>Cannot save the set “%1”: %2</source>
        <translation>Impossible d’enregistrer le jeu «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-87"/>
        <source>Imported “%1”: %n case(s).</source>
        <translation>
            <numerusform>Jeu «&#xa0;%1&#xa0;» importé&#xa0;: %n cas.</numerusform>
            <numerusform>Jeu «&#xa0;%1&#xa0;» importé&#xa0;: %n cas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import evaluation sets</source>
        <translation>Importer des jeux d’évaluation</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Import a set from a CSV, JSONL or JSON file or a promptfoo configuration (.yaml) (Ctrl+I); you can also drop files here</source>
        <translation>Importer un jeu depuis un fichier CSV, JSONL ou JSON ou une configuration promptfoo (.yaml) (Ctrl+I) ; vous pouvez aussi déposer des fichiers ici</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No prompt template in %1: each case sends its “%2” as the prompt. Edit the template on the Cases tab.</source>
        <translation>Aucun modèle de prompt dans %1 : chaque cas envoie son « %2 » comme prompt. Modifiez le modèle dans l’onglet Cas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skipped (not supported):</source>
        <translation>Ignoré (non pris en charge) :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluation sets (*.csv *.jsonl *.ndjson *.json *.yaml *.yml);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson);;Rightsize JSON (*.json);;promptfoo configuration (*.yaml *.yml)</source>
        <translation>Jeux d’évaluation (*.csv *.jsonl *.ndjson *.json *.yaml *.yml);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson);;JSON Rightsize (*.json);;Configuration promptfoo (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create a set: the history database is not open.</source>
        <translation>Impossible de créer un jeu&#xa0;: la base de données de l’historique n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New set</source>
        <translation>Nouveau jeu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New set %1</source>
        <translation>Nouveau jeu %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history database is not open.</source>
        <translation>La base de données de l’historique n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot delete the set “%1”: %2</source>
        <translation>Impossible de supprimer le jeu «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the set “%1”; its runs stay in the history.</source>
        <translation>Jeu «&#xa0;%1&#xa0;» supprimé&#xa0;; ses exécutions restent dans l’historique.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete set</source>
        <translation>Supprimer le jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the evaluation set “%1”? Its stored runs stay.</source>
        <translation>Supprimer le jeu d’évaluation «&#xa0;%1&#xa0;»&#xa0;? Ses exécutions enregistrées sont conservées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No set is selected.</source>
        <translation>Aucun jeu n’est sélectionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the set “%1”: the history database is not open.</source>
        <translation>Impossible d’enregistrer le jeu «&#xa0;%1&#xa0;»&#xa0;: la base de données de l’historique n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The set needs a name.</source>
        <translation>Le jeu doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A set named “%1” exists already; choose another name.</source>
        <translation>Un jeu nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as “%1”, but the old set “%2” could not be removed: %3</source>
        <translation>Enregistré sous «&#xa0;%1&#xa0;», mais l’ancien jeu «&#xa0;%2&#xa0;» n’a pas pu être supprimé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the set “%1”.</source>
        <translation>Jeu «&#xa0;%1&#xa0;» enregistré.</translation>
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
            <numerusform>Intervalle de Wilson à 95&#xa0;% du taux de réussite sur %n résultat</numerusform>
            <numerusform>Intervalle de Wilson à 95&#xa0;% du taux de réussite sur %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 results priced (the endpoint&apos;s catalog model has no price, or the server sent no usage)</source>
        <translation>%1 résultats sur %2 avec un prix (le modèle du catalogue du point de terminaison n’a pas de prix, ou le serveur n’a pas indiqué la consommation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This endpoint names no catalog model: its results cannot become a quality score</source>
        <translation>Ce point de terminaison n’indique aucun modèle du catalogue&#xa0;: ses résultats ne peuvent pas devenir un score de qualité</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no results</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
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
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog model</source>
        <translation>Modèle du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per case</source>
        <translation>Coût par cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50 latency</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../ui/pages/evaluationspage.cpp" line="+130"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>C&amp;ases</source>
        <translation>C&amp;as</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Ra&amp;tings</source>
        <translation>Co&amp;tes</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The history database could not be opened, so sets cannot be stored: %1. The History page offers to open another file.</source>
        <translation>La base de données de l’historique n’a pas pu être ouverte, les jeux ne peuvent donc pas être enregistrés&#xa0;: %1. La page Historique propose d’ouvrir un autre fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database: sets cannot be stored.</source>
        <translation>Aucune base de données&#xa0;: les jeux ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>C&amp;ases *</source>
        <translation>C&amp;as *</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Not started.</source>
        <translation>Non démarrée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: %1 of %2 results passed; resume the run to finish it.</source>
        <translation>Annulée&#xa0;: %1 résultats réussis sur %2&#xa0;; reprenez l’exécution pour la terminer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1 of %2 results passed.</source>
        <translation>Terminée&#xa0;: %1 résultats réussis sur %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run #%1 of “%2” was interrupted after %3 of %4 results. Resume it to send only the rest.</source>
        <translation>L’exécution #%1 de «&#xa0;%2&#xa0;» a été interrompue après %3 résultats sur %4. Reprenez-la pour n’envoyer que le reste.</translation>
    </message>
</context>
<context>
    <name>HistoryAggregateModel</name>
    <message>
        <location filename="../ui/models/historyaggregatemodel.cpp" line="+50"/>
        <source>At today&apos;s catalog prices; the run-time prices gave %1.</source>
        <translation>Aux prix actuels du catalogue&#xa0;; les prix au moment de l’exécution donnaient %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as at run time.</source>
        <translation>Identique au moment de l’exécution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency median ms</source>
        <translation>Latence médiane ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency p95 ms</source>
        <translation>Latence p95 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT median ms</source>
        <translation>TTFT médian ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT p95 ms</source>
        <translation>TTFT p95 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens/s</source>
        <translation>Jetons/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost/request</source>
        <translation>Coût/requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost today</source>
        <translation>Coût actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost/request today</source>
        <translation>Coût/requête actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../app/historycommand.cpp" line="+71"/>
        <source>--limit expects a positive whole number, not “%1”</source>
        <translation>--limit attend un nombre entier positif, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency ms</source>
        <translation>Latence ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>show expects a RUN_ID number, not “%1”</source>
        <translation>show attend un numéro RUN_ID, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 · %2 · %3</source>
        <translation>Exécution %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System: %1</source>
        <translation>Système&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: %1</source>
        <translation>Prompt&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ttft %1 ms · latency %2 ms · tokens %3 in, %4 out · cost %5 · attempts %6</source>
        <translation>ttft %1 ms · latence %2 ms · jetons %3 en entrée, %4 en sortie · coût %5 · tentatives %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export needs --out FILE</source>
        <translation>export nécessite --out FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format expects csv, json or jsonl</source>
        <translation>--format attend csv, json ou jsonl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 runs written to %2</source>
        <translation>%1 exécutions écrites dans %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history database file (default: %1).</source>
        <translation>Le fichier de la base de données de l’historique (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not keep this run in the history database.</source>
        <translation>Ne pas conserver cette exécution dans la base de données de l’historique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rightsize compare: the run is not stored: %1</source>
        <translation>rightsize compare&#xa0;: l’exécution n’est pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored comparison runs.
  history list                       newest runs first
  history show RUN_ID                one run with its responses
  history export --out FILE          runs as CSV, JSON or JSONL</source>
        <translation>Les exécutions de comparaison enregistrées.
  history list                       les exécutions les plus récentes d’abord
  history show RUN_ID                une exécution avec ses réponses
  history export --out FILE          les exécutions en CSV, JSON ou JSONL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show or export</source>
        <translation>list, show ou export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many runs to list (default 20).</source>
        <translation>Nombre d’exécutions à lister (20 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only runs whose prompt or responses contain all these words.</source>
        <translation>Seulement les exécutions dont le prompt ou les réponses contiennent tous ces mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only runs with a response from this model.</source>
        <translation>Seulement les exécutions avec une réponse de ce modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs with a response from this endpoint.</source>
        <translation>Seulement les exécutions avec une réponse de ce point de terminaison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export format: csv, json or jsonl (default: from the file name).</source>
        <translation>Format d’export&#xa0;: csv, json ou jsonl (par défaut&#xa0;: d’après le nom du fichier).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to export to.</source>
        <translation>Le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expects list, show RUN_ID or export; see &apos;rightsize history --help&apos;</source>
        <translation>attend list, show RUN_ID ou export&#xa0;; voir &apos;rightsize history --help&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show expects one RUN_ID</source>
        <translation>show attend un seul RUN_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/pages/historypage.cpp" line="+96"/>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a fresh history</source>
        <translation>Commencer un nouvel historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates a new history file beside the one that could not be opened, which is left as it is.</source>
        <translation>Crée un nouveau fichier d’historique à côté de celui qui n’a pas pu être ouvert, lequel reste tel quel.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search prompts and answers</source>
        <translation>Rechercher dans les prompts et les réponses</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any rating</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbs up</source>
        <translation>Pouce levé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbs down</source>
        <translation>Pouce baissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voted</source>
        <translation>Avec vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrated</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message numerus="yes">
        <location line="+443"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Every word must occur in the prompt or in one answer (Ctrl+F)</source>
        <translation>Chaque mot doit figurer dans le prompt ou dans une réponse (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Per endpoint over the selection (or every run shown when none is selected)</source>
        <translation>par point de terminaison sur la sélection (ou sur toutes les exécutions affichées si aucune n’est sélectionnée)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-price with today&apos;s catalog</source>
        <translation>Recalculer avec les prix actuels du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows each cost at the current catalog&apos;s prices beside the price used at run time.</source>
        <translation>Affiche chaque coût aux prix du catalogue actuel à côté du prix utilisé lors de l’exécution.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run again…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected runs, or every run shown, as CSV, JSON or JSONL</source>
        <translation>Les exécutions sélectionnées, ou toutes celles affichées, en CSV, JSON ou JSONL</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+64"/>
        <source>History file: %1</source>
        <translation>Fichier d’historique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>%n answer(s) were still streaming when Rightsize last stopped; they are kept and marked interrupted.</source>
        <translation>
            <numerusform>%n réponse était encore en cours de réception lors du dernier arrêt de Rightsize&#xa0;; elle est conservée et marquée comme interrompue.</numerusform>
            <numerusform>%n réponses étaient encore en cours de réception lors du dernier arrêt de Rightsize&#xa0;; elles sont conservées et marquées comme interrompues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+306"/>
        <location line="+43"/>
        <source>No history database is open.</source>
        <translation>Aucune base de données d’historique n’est ouverte.</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>The run history cannot be shown.

%1

The file was not changed. Open another history file, or start a fresh one beside it.</source>
        <translation>L’historique des exécutions ne peut pas être affiché.

%1

Le fichier n’a pas été modifié. Ouvrez un autre fichier d’historique, ou commencez-en un nouveau à côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database %1 is not open.</source>
        <translation>La base de données de l’historique %1 n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open history file</source>
        <translation>Ouvrir un fichier d’historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Any endpoint</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Tous les modèles</translation>
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
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (today %2)</source>
        <translation>%1 (aujourd’hui %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First token %1 ms · latency %2 ms · %3 tokens out · cost %4 · attempts %5</source>
        <translation>Premier jeton %1 ms · latence %2 ms · %3 jetons en sortie · coût %4 · tentatives %5</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n run(s) among the newest matches; add words to find older ones</source>
        <translation>
            <numerusform>%n exécution parmi les correspondances les plus récentes&#xa0;; ajoutez des mots pour trouver les plus anciennes</numerusform>
            <numerusform>%n exécutions parmi les correspondances les plus récentes&#xa0;; ajoutez des mots pour trouver les plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs yet. Run a comparison on the Compare page (Ctrl+3): every run is kept here, with its answers, timings and costs, to search, compare and export.</source>
        <translation>Aucune exécution pour l’instant. Lancez une comparaison sur la page Comparer (Ctrl+3)&#xa0;: chaque exécution est conservée ici, avec ses réponses, durées et coûts, pour la rechercher, la comparer et l’exporter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No run matches these filters. Clear the search or choose &quot;Any&quot; in the filters to see more.</source>
        <translation>Aucune exécution ne correspond à ces filtres. Effacez la recherche ou choisissez «&#xa0;Tous…&#xa0;» (ou «&#xa0;Toutes…&#xa0;») dans les filtres pour en voir davantage.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n run(s) deleted.</source>
        <translation>
            <numerusform>%n exécution supprimée.</numerusform>
            <numerusform>%n exécutions supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Delete %n run(s) with their answers, votes and ratings? This cannot be undone; export them first to keep a copy.</source>
        <translation>
            <numerusform>Supprimer %n exécution avec ses réponses, votes et notes&#xa0;? Cette action est irréversible&#xa0;; exportez-la d’abord pour en garder une copie.</numerusform>
            <numerusform>Supprimer %n exécutions avec leurs réponses, votes et notes&#xa0;? Cette action est irréversible&#xa0;; exportez-les d’abord pour en garder une copie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot export to %1: the name must end in .csv, .json or .jsonl.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: le nom doit se terminer par .csv, .json ou .jsonl.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Export runs</source>
        <translation>Exporter les exécutions</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs written to %1</source>
        <translation>Exécutions écrites dans %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/historytablemodel.cpp" line="+191"/>
        <source>%1, %n cancelled</source>
        <translation>
            <numerusform>%1, %n annulée</numerusform>
            <numerusform>%1, %n annulées</numerusform>
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
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slowest ms</source>
        <translation>Plus lente ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First token ms</source>
        <translation>Premier jeton ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HybridRouter</name>
    <message>
        <location filename="../core/routing/hybridrouter.cpp" line="+35"/>
        <source>%1: the chat client is gone</source>
        <translation>%1&#xa0;: le client de chat n’existe plus</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tier answered. %1</source>
        <translation>Aucun niveau n’a répondu. %1</translation>
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
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3 models) → &lt;b&gt;%4&lt;/b&gt; (%5, %6 models)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3 modèles) → &lt;b&gt;%4&lt;/b&gt; (%5, %6 modèles)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model changes.</source>
        <translation>Aucune modification de modèle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input $/1M</source>
        <translation>Entrée $/1M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output $/1M</source>
        <translation>Sortie $/1M</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New prices (%1)</source>
        <translation>Nouveaux prix (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added (%1)</source>
        <translation>Ajoutés (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (%1)</source>
        <translation>Retirés (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other changes: limits, scores, details (%1)</source>
        <translation>Autres modifications&#xa0;: limites, scores, détails (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep as &amp;catalog:</source>
        <translation>Conserver comme &amp;catalogue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InputLimit</name>
    <message>
        <location filename="../core/decision/inputlimits.cpp" line="+15"/>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tokens/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
</context>
<context>
    <name>InputOptions</name>
    <message>
        <location filename="../app/inputoptions.cpp" line="+30"/>
        <source>%1 expects a number, got &quot;%2&quot;</source>
        <translation>%1 attend un nombre, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, got %3</source>
        <translation>%1 %2, reçu %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task complexity: simple, medium or high (default medium).</source>
        <translation>Complexité de la tâche&#xa0;: simple, medium ou high (medium par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum acceptable latency in ms (default 1000).</source>
        <translation>Latence maximale acceptable en ms (1000 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum cost per 1,000 requests in USD (default 1.0).</source>
        <translation>Coût maximal pour 1&#xa0;000 requêtes en USD (1.0 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum accuracy, 0 to 1 (default 0.9).</source>
        <translation>Exactitude minimale, de 0 à 1 (0.9 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests per day (default 1000).</source>
        <translation>Requêtes par jour (1000 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task needs multi-step reasoning.</source>
        <translation>La tâche nécessite un raisonnement multi-étapes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context length in tokens (default 4000).</source>
        <translation>Longueur de contexte en jetons (4000 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task type, e.g. text_classification (see &apos;catalog tasks&apos;).</source>
        <translation>Type de tâche, p. ex. text_classification (voir &apos;catalog tasks&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input tokens per request (default 500).</source>
        <translation>Jetons en entrée par requête (500 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output tokens per request (default 200).</source>
        <translation>Jetons en sortie par requête (200 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality benchmark id (default: the catalog&apos;s).</source>
        <translation>Id du benchmark de qualité (par défaut&#xa0;: celui du catalogue).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU price in USD per hour for self-hosting (default: the model&apos;s).</source>
        <translation>Prix du GPU en USD par heure pour l’auto-hébergement (par défaut&#xa0;: celui du modèle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per second one self-hosted replica sustains (default 2000).</source>
        <translation>Jetons par seconde que soutient un réplica auto-hébergé (2000 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usable share of that throughput, 0.01 to 1 (default 0.7).</source>
        <translation>Part utilisable de ce débit, de 0.01 à 1 (0.7 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak load over the daily average, at least 1 (default 2).</source>
        <translation>Pic de charge par rapport à la moyenne journalière, au moins 1 (2 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value pick: the cheapest model within this many percent of the tier&apos;s best score, 0 to 50 (default 3).</source>
        <translation>Choix qualité-prix&#xa0;: le modèle le moins cher à moins de ce pourcentage du meilleur score du niveau, de 0 à 50 (3 par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality bar on a rating benchmark such as LMArena, where the minimum accuracy cannot apply (default: none).</source>
        <translation>Seuil de qualité sur un benchmark de cote comme LMArena, auquel l’exactitude minimale ne peut s’appliquer (par défaut&#xa0;: aucun).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-hosting: power per GPU in watts, counted with --kwh-price (default: not counted).</source>
        <translation>Auto-hébergement&#xa0;: puissance par GPU en watts, comptée avec --kwh-price (par défaut&#xa0;: non comptée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-hosting: electricity price in USD per kWh (default: not counted).</source>
        <translation>Auto-hébergement&#xa0;: prix de l’électricité en USD par kWh (par défaut&#xa0;: non compté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosting: power usage effectiveness, 1 to 3 (default 1).</source>
        <translation>Auto-hébergement&#xa0;: efficacité énergétique (PUE), de 1 à 3 (1 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-hosting: price of hardware you own, USD per GPU, written off over --amortisation-months (default: none).</source>
        <translation>Auto-hébergement&#xa0;: prix du matériel que vous possédez, en USD par GPU, amorti sur --amortisation-months (par défaut&#xa0;: aucun).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months over which owned hardware is written off (default 36).</source>
        <translation>Nombre de mois sur lesquels le matériel possédé est amorti (36 par défaut).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>--complexity expects simple, medium or high, got &quot;%1&quot;</source>
        <translation>--complexity attend simple, medium ou high, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>JudgeAssessor</name>
    <message>
        <location filename="../core/routing/judgeassessor.cpp" line="+53"/>
        <source>the judge&apos;s reply has no line “SCORE: X”: “%1”</source>
        <translation>la réponse du juge n’a pas de ligne «&#xa0;SCORE: X&#xa0;»&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the judge&apos;s reply contains %1 numbers, not exactly one: “%2”</source>
        <translation>la réponse du juge contient %1 nombres, et non exactement un&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the judge&apos;s score %1 is outside 0–1</source>
        <translation>le score du juge %1 est hors de l’intervalle 0–1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no chat client to call the judge with</source>
        <translation>aucun client de chat pour interroger le juge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the judge %1 failed: %2</source>
        <translation>le juge %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 graded it %2</source>
        <translation>%1 l’a noté %2</translation>
    </message>
</context>
<context>
    <name>LiveRunModel</name>
    <message>
        <location filename="../ui/models/liverunmodel.cpp" line="+87"/>
        <source>unavailable</source>
        <translation>indisponible</translation>
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
        <translation>échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no confidence</source>
        <translation>aucune confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering…</source>
        <translation>réponse en cours…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer %1, assessment %2</source>
        <translation>Réponse %1, évaluation %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n requête envoyée</numerusform>
            <numerusform>%n requêtes envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Level</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>LiveRunTab</name>
    <message>
        <location filename="../ui/pages/routing/liveruntab.cpp" line="+62"/>
        <source>Run the &amp;cascade (smallest level first)</source>
        <translation>Exécuter la &amp;cascade (plus petit palier d’abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Route with the rules (escalating on errors)</source>
        <translation>Appliquer les &amp;règles de routage (escalade en cas d’erreur)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A prompt to send, e.g. “What is the capital of Australia? Answer in one word.”</source>
        <translation>Un prompt à envoyer, p. ex. «&#xa0;Quelle est la capitale de l’Australie&#xa0;? Répondez en un mot.&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the prompt (Ctrl+Return)</source>
        <translation>Envoyer le prompt (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run; nothing further is sent (Esc)</source>
        <translation>Arrêter l’exécution&#xa0;; plus rien n’est envoyé (Échap)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Write a prompt and press Run (Ctrl+Return). Each level&apos;s answer, confidence, cost and latency appear here as it completes.</source>
        <translation>Rédigez un prompt et appuyez sur Exécuter (Ctrl+Entrée). La réponse, la confiance, le coût et la latence de chaque palier s’affichent ici dès qu’il a terminé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer streams here.</source>
        <translation>La réponse s’affiche ici au fil de l’eau.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A run is in progress; cancel it first (Esc).</source>
        <translation>Une exécution est en cours&#xa0;; annulez-la d’abord (Échap).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a prompt first.</source>
        <translation>Rédigez d’abord un prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No network client is available for live runs.</source>
        <translation>Aucun client réseau n’est disponible pour les exécutions en direct.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Running the cascade over %n level(s), threshold %1…</source>
        <translation>
            <numerusform>Exécution de la cascade sur %n palier, seuil %1…</numerusform>
            <numerusform>Exécution de la cascade sur %n paliers, seuil %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing to the %1 tier (rule %2)…</source>
        <translation>Routage vers le niveau %1 (règle %2)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No level answered.</source>
        <translation>Aucun palier n’a répondu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer. Cost so far: %1.</source>
        <translation>Aucune réponse. Coût jusqu’ici&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1 ≥ %2</source>
        <translation>confiance %1 ≥ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence %1 &lt; %2 at every level, so the last answer is returned</source>
        <translation>confiance %1 &lt; %2 à chaque palier, la dernière réponse est donc renvoyée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no saving shown: the largest level has no catalog price</source>
        <translation>aucune économie affichée : le plus grand niveau n’a pas de prix de catalogue</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no saving shown: %n call(s) had no catalog price</source>
        <translation>
            <numerusform>aucune économie affichée : %n appel n’avait pas de prix de catalogue</numerusform>
            <numerusform>aucune économie affichée : %n appels n’avaient pas de prix de catalogue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % less</source>
        <translation>%1&#xa0;% de moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % more</source>
        <translation>%1&#xa0;% de plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Answered at level %1 by %2 (%3)&lt;/b&gt;: %4.&lt;br&gt;Cost %5 against %6 for the largest level alone%7 · %8 ms in all.</source>
        <translation>&lt;b&gt;Réponse au palier %1 par %2 (%3)&lt;/b&gt;&#xa0;: %4.&lt;br&gt;Coût %5 contre %6 pour le plus grand palier seul%7 · %8 ms au total.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule %1 “%2” chose the %3 tier</source>
        <translation>la règle %1 «&#xa0;%2&#xa0;» a choisi le niveau %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tier answered (%1).</source>
        <translation>Aucun niveau n’a répondu (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Answered by the %1 tier&lt;/b&gt; (%2) after %n attempt(s); cost %3 · %4 ms in all.</source>
        <translation>
            <numerusform>&lt;b&gt;Réponse du niveau %1&lt;/b&gt; (%2) après %n tentative&#xa0;; coût %3 · %4 ms au total.</numerusform>
            <numerusform>&lt;b&gt;Réponse du niveau %1&lt;/b&gt; (%2) après %n tentatives&#xa0;; coût %3 · %4 ms au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The router uses the task, reasoning and quality of the Router tab&apos;s preview (task: %1, reasoning: %2, quality: %3).</source>
        <translation>Le routeur utilise la tâche, le raisonnement et la qualité de l’aperçu de l’onglet Routeur (tâche&#xa0;: %1, raisonnement&#xa0;: %2, qualité&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>LogprobAssessor</name>
    <message>
        <location filename="../core/routing/logprobassessor.cpp" line="+20"/>
        <source>the endpoint sent no log-probabilities</source>
        <translation>le point de terminaison n’a envoyé aucune log-probabilité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>geometric mean token probability %1 over %2 tokens (perplexity %3)</source>
        <translation>probabilité moyenne géométrique des jetons %1 sur %2 jetons (perplexité %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mean token probability %1 over %2 tokens</source>
        <translation>probabilité moyenne des jetons %1 sur %2 jetons</translation>
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
        <translation>Exigences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost explorer</source>
        <translation>Explorateur de coûts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not open the catalog “%1”: %2</source>
        <translation>Impossible d’ouvrir le catalogue «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — using “%2” instead.</source>
        <translation>%1 — utilisation de «&#xa0;%2&#xa0;» à la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; “%2” failed too: %3</source>
        <translation>%1&#xa0;; «&#xa0;%2&#xa0;» a également échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export memo…</source>
        <translation>&amp;Exporter la note de décision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the requirements, recommendation, candidates and both charts to a Markdown, HTML or PDF decision memo</source>
        <translation>Écrire les exigences, la recommandation, les candidats et les deux graphiques dans une note de décision Markdown, HTML ou PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export memo (%1)</source>
        <translation>Exporter la note de décision (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;chart</source>
        <translation>Exporter le &amp;graphique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rightsize</source>
        <translation>À &amp;propos de Rightsize</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Catalog: %1 · prices as of %2 · models: %3</source>
        <translation>Catalogue&#xa0;: %1 · prix au %2 · modèles&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Export decision memo</source>
        <translation>Exporter la note de décision</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>HTML (*.html);;Markdown with PNG charts (*.md);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;Markdown avec graphiques PNG (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memo written to %1</source>
        <translation>Note de décision écrite dans %1</translation>
    </message>
</context>
<context>
    <name>MeasuredQuality</name>
    <message>
        <location filename="../core/eval/measuredquality.cpp" line="+40"/>
        <source>Your evaluation %1</source>
        <translation>Votre évaluation %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>your evaluation %1, %2, %n cases</source>
        <translation>
            <numerusform>votre évaluation %1, %2, %n cas</numerusform>
            <numerusform>votre évaluation %1, %2, %n cas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>your own measurement</source>
        <translation>votre propre mesure</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your ratings %1</source>
        <translation>Vos cotes %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>your pairwise votes %1, %2, %n votes</source>
        <translation>
            <numerusform>vos votes par paires %1, %2, votes&#xa0;: %n</numerusform>
            <numerusform>vos votes par paires %1, %2, votes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Measured quality without a benchmark id (field “benchmark.id”).</source>
        <translation>Qualité mesurée sans identifiant de benchmark (champ « benchmark.id »).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured quality “%1”: unknown kind “%2” (field “benchmark.kind”).</source>
        <translation>Qualité mesurée « %1 » : type inconnu « %2 » (champ « benchmark.kind »).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measured quality “%1”: score %2 has no model or no number (fields “model”, “value”).</source>
        <translation>Qualité mesurée « %1 » : la note %2 n’a pas de modèle ou pas de nombre (champs « model », « value »).</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message numerus="yes">
        <location filename="../core/report/memo.cpp" line="+39"/>
        <source>self-hosted, %n replica(s)</source>
        <translation>
            <numerusform>auto-hébergé, %n réplica</numerusform>
            <numerusform>auto-hébergé, %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: GPU rental %2, power %3, hardware %4</source>
        <translation>%1&#xa0;: location de GPU %2, électricité %3, matériel %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (API-equivalent: %2 on %3)</source>
        <translation>%1 (équivalent API&#xa0;: %2 avec %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+514"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-534"/>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2B in all, %3B active)</source>
        <translation>%1 (%2 G en tout, %3 G actifs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (price band)</source>
        <translation>%1 (tranche de prix)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>level %1</source>
        <translation>palier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no label</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cascade simulation</source>
        <translation>Simulation de cascade</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored prompt(s) replayed under “smallest first, escalate while the confidence is below the threshold” through %1, for thresholds from 0 to 1; no call was made.</source>
        <translation>
            <numerusform>%n prompt enregistré rejoué selon «&#xa0;le plus petit d’abord, escalader tant que la confiance est sous le seuil&#xa0;» via %1, pour des seuils de 0 à 1&#xa0;; aucun appel n’a été effectué.</numerusform>
            <numerusform>%n prompts enregistrés rejoués selon «&#xa0;le plus petit d’abord, escalader tant que la confiance est sous le seuil&#xa0;» via %1, pour des seuils de 0 à 1&#xa0;; aucun appel n’a été effectué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Source: %2</source>
        <translation>%1 Source&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chosen threshold: %1, the cheapest that reaches the target quality %2: %3 for these prompts (always the largest: %4), quality %5; answered by %6.</source>
        <translation>Seuil choisi&#xa0;: %1, le moins cher qui atteint la qualité cible %2&#xa0;: %3 pour ces prompts (toujours le plus grand&#xa0;: %4), qualité %5&#xa0;; réponses par %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No threshold reaches the target quality %1 on these prompts.</source>
        <translation>Aucun seuil n’atteint la qualité cible %1 sur ces prompts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always small</source>
        <translation>Toujours petit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cascade (chosen)</source>
        <translation>Cascade (choisie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always large</source>
        <translation>Toujours grand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered at</source>
        <translation>Réponse au palier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean quality</source>
        <translation>Qualité moyenne</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Decision memo: %1</source>
        <translation>Note de décision&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision memo: model size</source>
        <translation>Note de décision&#xa0;: taille du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: %1 (%2), prices as of %3.</source>
        <translation>Catalogue&#xa0;: %1 (%2), prix au %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Written by Rightsize %2 on %3.</source>
        <translation>%1 Rédigé par Rightsize %2 le %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Complexity</source>
        <translation>Complexité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-step reasoning</source>
        <translation>Raisonnement multi-étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum latency</source>
        <translation>Latence maximale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum cost per 1,000 requests</source>
        <translation>Coût maximal pour 1&#xa0;000 requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum accuracy</source>
        <translation>Exactitude minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+220"/>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per request</source>
        <translation>Jetons par requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 input, %2 output</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality benchmark</source>
        <translation>Benchmark de qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value margin</source>
        <translation>Marge qualité-prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of the tier&apos;s best score</source>
        <translation>%1&#xa0;% du meilleur score du niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum rating</source>
        <translation>Cote minimale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended tier: %1. Rule %2 decided (%3): %4</source>
        <translation>Niveau recommandé&#xa0;: %1. La règle %2 a tranché (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1 (%2) did not fire: %3</source>
        <translation>La règle %1 (%2) ne s’est pas déclenchée&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the earlier rules did not decide:</source>
        <translation>Pourquoi les règles précédentes n’ont pas tranché&#xa0;:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No model in the catalog satisfies every requirement; the near misses below show what would have to give.</source>
        <translation>Aucun modèle du catalogue ne satisfait toutes les exigences&#xa0;; les modèles presque retenus ci-dessous montrent ce qu’il faudrait assouplir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task-specific pick</source>
        <translation>Choix propre à la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 the article recommends %2 (alternative: %3). Reasoning: %4.</source>
        <translation>Pour %1, l’article recommande %2 (alternative&#xa0;: %3). Justification&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Neither model is in this catalog.</source>
        <translation>Aucun des deux modèles n’est dans ce catalogue.</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+35"/>
        <location line="+18"/>
        <location line="+24"/>
        <location line="+35"/>
        <location line="+114"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+34"/>
        <location line="+19"/>
        <location line="+23"/>
        <location line="+36"/>
        <location line="+44"/>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+18"/>
        <location line="+24"/>
        <source>Cost per 1,000 requests</source>
        <translation>Coût pour 1&#xa0;000 requêtes</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+35"/>
        <location line="+18"/>
        <location line="+85"/>
        <source>Serving</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+36"/>
        <location line="+17"/>
        <location line="+24"/>
        <location line="+35"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>None.</source>
        <translation>Aucun.</translation>
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
        <translation>Niveau</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%n more candidate(s) not listed.</source>
        <translation>
            <numerusform>%n autre candidat non listé.</numerusform>
            <numerusform>%n autres candidats non listés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Near misses</source>
        <translation>Presque retenus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why excluded</source>
        <translation>Motif d’exclusion</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more near miss(es) not listed.</source>
        <translation>
            <numerusform>%n autre modèle presque retenu non listé.</numerusform>
            <numerusform>%n autres modèles presque retenus non listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other model(s) fail two or more requirements.</source>
        <translation>
            <numerusform>%n autre modèle ne satisfait pas au moins deux exigences.</numerusform>
            <numerusform>%n autres modèles ne satisfont pas au moins deux exigences.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost versus quality</source>
        <translation>Coût et qualité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model has both a price and a score on this benchmark.</source>
        <translation>Aucun modèle n’a à la fois un prix et un score sur ce benchmark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models on the cost/quality frontier (no other model is both cheaper and better on %1):</source>
        <translation>Modèles sur la frontière coût/qualité (aucun autre modèle n’est à la fois moins cher et meilleur sur %1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly cost versus volume</source>
        <translation>Coût mensuel selon le volume</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No models selected.</source>
        <translation>Aucun modèle sélectionné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>self-hosted</source>
        <translation>auto-hébergé</translation>
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
        <translation>auto-hébergé, sans prix de GPU</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>What rule %1 does to the list: %2</source>
        <translation>Ce que la règle %1 fait à la liste&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picks</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Best quality</source>
        <translation>Meilleure qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest</source>
        <translation>Le moins cher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value is the cheapest %1 model scoring within %2 % of the tier&apos;s best on %3; best quality and cheapest bound it on either side.</source>
        <translation>Le choix qualité-prix est le modèle le moins cher du niveau %1 à moins de %2&#xa0;% du meilleur score sur %3&#xa0;; la meilleure qualité et le moins cher l’encadrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-off</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>At %1 requests/day</source>
        <translation>À %1 requêtes/jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No break-even volume between these options in the charted range.</source>
        <translation>Aucun volume d’équilibre entre ces options dans la plage du graphique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a replica is added; the costs never meet</source>
        <translation>un réplica est ajouté&#xa0;; les coûts ne se croisent jamais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equal cost</source>
        <translation>coût égal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break-even volumes, where the cheaper option changes:</source>
        <translation>Volumes d’équilibre, où l’option la moins chère change&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume: %1 requests per day of %2 input and %3 output tokens; a month is %4 days.</source>
        <translation>Volume&#xa0;: %1 requêtes par jour de %2 jetons en entrée et %3 en sortie&#xa0;; un mois compte %4 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API cost per month = 30 × requests per day × (input tokens × input price + output tokens × output price) / 1,000,000.</source>
        <translation>Coût API mensuel = 30 × requêtes par jour × (jetons en entrée × prix d’entrée + jetons en sortie × prix de sortie) / 1&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPU price: %1 per GPU hour for every self-hosted model.</source>
        <translation>Prix GPU&#xa0;: %1 par heure GPU pour chaque modèle auto-hébergé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU price: each model&apos;s self-hosted hourly price from the catalog.</source>
        <translation>Prix GPU&#xa0;: le prix horaire d’auto-hébergement de chaque modèle, d’après le catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosting capacity: %1 tokens per second per replica at %2 % utilisation, peak load %3 × the daily average, %4 GPU(s) per replica; replicas = ceil(peak tokens per second / usable throughput), at least 1; a replica runs 720 hours a month.</source>
        <translation>Capacité d’auto-hébergement&#xa0;: %1 jetons par seconde et par réplica à %2&#xa0;% d’utilisation, pic de charge de %3 × la moyenne journalière, %4 GPU par réplica&#xa0;; réplicas = arrondi supérieur(jetons par seconde en pointe / débit utilisable), au moins 1&#xa0;; un réplica fonctionne 720 heures par mois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Power: %1 W per GPU × 720 hours × %2 per kWh × PUE %3 = %4 per GPU a month, added to every self-hosted cost.</source>
        <translation>Électricité&#xa0;: %1 W par GPU × 720 heures × %2 par kWh × PUE %3 = %4 par GPU et par mois, ajoutés à chaque coût d’auto-hébergement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power: not counted separately (a rented GPU&apos;s hourly price includes it).</source>
        <translation>Électricité&#xa0;: non comptée à part (le prix horaire d’un GPU loué la comprend).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned hardware: %1 per GPU written off over %2 months = %3 per GPU a month.</source>
        <translation>Matériel possédé&#xa0;: %1 par GPU amorti sur %2 mois = %3 par GPU et par mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owned hardware: none counted.</source>
        <translation>Matériel possédé&#xa0;: aucun compté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price of $0 for input and output in an API catalog is a placeholder, not a free model: such costs are shown as unknown. Local models cost only what power and hardware are counted.</source>
        <translation>Un prix de 0&#xa0;$ en entrée et en sortie dans un catalogue d’API est un substitut, pas un modèle gratuit&#xa0;: ces coûts sont affichés comme inconnus. Les modèles locaux ne coûtent que l’électricité et le matériel comptés.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices of the models named in this memo (USD, catalog %1; sources below):</source>
        <translation>Prix des modèles cités dans cette note (USD, catalogue %1&#xa0;; sources ci-dessous)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input per 1M tokens</source>
        <translation>Entrée par million de jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output per 1M tokens</source>
        <translation>Sortie par million de jetons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-hosted per GPU hour</source>
        <translation>Auto-hébergé par heure GPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog %1 (%2), snapshot of %3.</source>
        <translation>Catalogue %1 (%2), instantané du %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality: %1 from %2</source>
        <translation>Qualité&#xa0;: %1, d’après %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, data of %2</source>
        <translation>%1, données du %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (licence: %2)</source>
        <translation>%1 (licence&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>MemoExport</name>
    <message>
        <location filename="../ui/export/memoexport.cpp" line="+71"/>
        <location line="+88"/>
        <source>Cannot write memo %1: %2</source>
        <translation>Impossible d’écrire la note %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Cannot export memo to %1: use a .md, .html or .pdf file name.</source>
        <translation>Impossible d’exporter la note vers %1&#xa0;: utilisez un nom de fichier en .md, .html ou .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write memo %1: the folder does not exist.</source>
        <translation>Impossible d’écrire la note %1&#xa0;: le dossier n’existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write chart image %1: %2</source>
        <translation>Impossible d’écrire l’image du graphique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decision memo</source>
        <translation>Note de décision</translation>
    </message>
</context>
<context>
    <name>ModelDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/modeldetailsdialog.cpp" line="+23"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Id:</source>
        <translation>Id :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 B parameters</source>
        <translation>%1, %2 Md de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, parameter count not published</source>
        <translation>%1, nombre de paramètres non publié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per 1M tokens</source>
        <translation>%1 par million de jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (self-hosted)</source>
        <translation>aucun (auto-hébergé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input price:</source>
        <translation>Prix en entrée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output price:</source>
        <translation>Prix en sortie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosted:</source>
        <translation>Auto-hébergé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per GPU hour</source>
        <translation>%1 par heure de GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical latency:</source>
        <translation>Latence typique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context window:</source>
        <translation>Fenêtre de contexte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Max output:</source>
        <translation>Sortie max. :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities:</source>
        <translation>Capacités :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none listed</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouverts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>fermés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no published score</source>
        <translation>aucun score publié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 catalog of %2 (%3)</source>
        <translation>catalogue %1 du %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This catalog cannot be edited here.</source>
        <translation>Ce catalogue ne peut pas être modifié ici.</translation>
    </message>
</context>
<context>
    <name>ModelDiscovery</name>
    <message>
        <location filename="../core/providers/modeldiscovery.cpp" line="+33"/>
        <source>The model list is not a JSON object: %1</source>
        <translation>La liste des modèles n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model list has no &quot;%1&quot; array</source>
        <translation>La liste des modèles n’a pas de tableau «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ModelEditDialog</name>
    <message>
        <location filename="../ui/dialogs/modeleditdialog.cpp" line="+81"/>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit model %1</source>
        <translation>Modifier le modèle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unique, e.g. the provider&apos;s model name</source>
        <translation>unique, p. ex. le nom du modèle chez le fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shown in tables and charts; the id when empty</source>
        <translation>affiché dans les tableaux et les graphiques&#xa0;; l’id s’il est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billions of parameters; — when not published</source>
        <translation>Milliards de paramètres&#xa0;; — s’ils ne sont pas publiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;arameters:</source>
        <translation>P&amp;aramètres&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Input price per 1M tokens:</source>
        <translation>Prix d’&amp;entrée par million de jetons&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Output price per 1M tokens:</source>
        <translation>Prix de &amp;sortie par million de jetons&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> $/GPU hour</source>
        <translation> $/heure GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental price per GPU hour when you host the model yourself; — for API-only models</source>
        <translation>Prix de location par heure GPU si vous hébergez le modèle vous-même&#xa0;; — pour les modèles disponibles uniquement par API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Self-hosted:</source>
        <translation>Auto-&amp;hébergé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical &amp;latency:</source>
        <translation>&amp;Latence typique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Context window:</source>
        <translation>Fenêtre de &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Max output tokens:</source>
        <translation>Jetons de sortie &amp;max.&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. vision, function_calling, reasoning</source>
        <translation>séparées par des virgules, p. ex. vision, function_calling, reasoning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capa&amp;bilities:</source>
        <translation>Capaci&amp;tés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;weights</source>
        <translation>&amp;Poids ouverts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rating, e.g. 1250</source>
        <translation>Une cote, p. ex. 1250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An accuracy up to %1</source>
        <translation>Une exactitude jusqu’à %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Quality scores (leave the score empty for none):</source>
        <translation>Scores de qualité (laissez le score vide s’il n’y en a pas)&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The id must not be empty.</source>
        <translation>L’id ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another model of this catalog already has the id “%1”.</source>
        <translation>Un autre modèle de ce catalogue a déjà l’id «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 score “%2” is not a number.</source>
        <translation>Le score «&#xa0;%2&#xa0;» pour %1 n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 date “%2” is not a date like 2026-07-24.</source>
        <translation>La date «&#xa0;%2&#xa0;» pour %1 n’est pas une date comme 2026-07-24.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/common/money.cpp" line="+67"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
            <numerusform>≥ %1 (%n appel sans prix)</numerusform>
            <numerusform>≥ %1 (%n appels sans prix)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyCostChart</name>
    <message>
        <location filename="../ui/charts/monthlycostchart.cpp" line="+84"/>
        <source>%1 (self-hosted)</source>
        <translation>%1 (auto-hébergé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (API)</source>
        <translation>%1 (API)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Break-even (%1)</source>
        <translation>Équilibre (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your volume: %1 requests/day</source>
        <translation>Votre volume&#xa0;: %1 requêtes/jour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — no models selected</source>
        <translation>%1 — aucun modèle sélectionné</translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <location filename="../core/providers/ndjsondecoder.cpp" line="+69"/>
        <source>Line %1 is not valid JSON: %2</source>
        <translation>La ligne %1 n’est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 is not a JSON object</source>
        <translation>La ligne %1 n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../ui/widgets/numberedit.cpp" line="+111"/>
        <source>Enter a value; still using %1.</source>
        <translation>Saisissez une valeur&#xa0;; %1 reste utilisé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number; still using %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;; %2 reste utilisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be between %1 and %2; still using %3.</source>
        <translation>Doit être compris entre %1 et %2&#xa0;; %3 reste utilisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be a whole number; still using %1.</source>
        <translation>Doit être un nombre entier&#xa0;; %1 reste utilisé.</translation>
    </message>
</context>
<context>
    <name>PriceCrossCheckDialog</name>
    <message>
        <location filename="../ui/dialogs/pricecrosscheckdialog.cpp" line="+20"/>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3, %4 models)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 (%3, %4 modèles)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cross-check prices: %1 and %2</source>
        <translation>Recouper les prix : %1 et %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models are matched by id, else by name without provider, date and variant (gpt-4o-mini = openai/gpt-4o-mini).</source>
        <translation>Les modèles sont appariés par identifiant, sinon par nom sans fournisseur, date ni variante (gpt-4o-mini = openai/gpt-4o-mini).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List models whose input or output price differs by more than this, in % of the lower price</source>
        <translation>Lister les modèles dont le prix d’entrée ou de sortie diffère de plus que cela, en % du prix le plus bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Differ by more than:</source>
        <translation>&amp;Écart de plus de :</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two catalogs have no model in common.</source>
        <translation>Les deux catalogues n’ont aucun modèle en commun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is priced more than %1 apart.</source>
        <translation>Aucun modèle n’a un écart de prix de plus de %1.</translation>
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
        <translation>%1 dans le catalogue A, %2 dans le catalogue B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not compared: one catalog lists this model without a price</source>
        <translation>Non comparé : un catalogue liste ce modèle sans prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The larger of the input and output differences, in % of the lower price</source>
        <translation>Le plus grand des écarts d’entrée et de sortie, en % du prix le plus bas</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$0 in one</source>
        <translation>0 $ dans l’un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Catalog A: %1</source>
        <translation>Catalogue A : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog B: %1</source>
        <translation>Catalogue B : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A in $/1M</source>
        <translation>A entrée $/1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A out $/1M</source>
        <translation>A sortie $/1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B in $/1M</source>
        <translation>B entrée $/1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B out $/1M</source>
        <translation>B sortie $/1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source</source>
        <translation>source A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B source</source>
        <translation>source B</translation>
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
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>PromptfooConfig</name>
    <message>
        <location filename="../core/eval/promptfooconfig.cpp" line="+150"/>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a promptfoo configuration (prompts, providers, tests…)</source>
        <translation>une configuration promptfoo était attendue (prompts, providers, tests…)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+247"/>
        <location line="+92"/>
        <location line="+7"/>
        <location line="+22"/>
        <source>not supported by Rightsize; ignored</source>
        <translation>non pris en charge par Rightsize ; ignoré</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>%1: no prompt Rightsize can run (see &quot;prompts&quot;)</source>
        <translation>%1 : aucun prompt que Rightsize puisse exécuter (voir &quot;prompts&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no provider Rightsize can call (see &quot;providers&quot;)</source>
        <translation>%1 : aucun fournisseur que Rightsize puisse appeler (voir &quot;providers&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no tests (see &quot;tests&quot;)</source>
        <translation>%1 : aucun test (voir &quot;tests&quot;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: prompt “%2”: %3</source>
        <translation>%1 : prompt « %2 » : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>prompts: expected a list of prompts</source>
        <translation>prompts : une liste de prompts était attendue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>prompts: expected text, file://PATH or {raw|id, label}</source>
        <translation>prompts : texte, file://PATH ou {raw|id, label} attendu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>only text, .txt/.md files and chat arrays of one system and one user message are supported; prompt skipped</source>
        <translation>seuls le texte, les fichiers .txt/.md et les listes de chat d’un message système et d’un message utilisateur sont pris en charge ; prompt ignoré</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>prompt %1</source>
        <translation>prompt %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>provider “%1” is listed twice; give one a different label</source>
        <translation>le fournisseur « %1 » figure deux fois ; donnez à l’un un autre label</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>providers: expected an id or {id, label, config}</source>
        <translation>providers : un id ou {id, label, config} attendu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>provider %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only openai:[chat:]MODEL, anthropic:messages:MODEL and ollama:[chat:]MODEL are supported; provider skipped</source>
        <translation>seuls openai:[chat:]MODEL, anthropic:messages:MODEL et ollama:[chat:]MODEL sont pris en charge ; fournisseur ignoré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provider “%1” names no model</source>
        <translation>le fournisseur « %1 » ne nomme aucun modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider “%1”: config must be a map</source>
        <translation>fournisseur « %1 » : config doit être un dictionnaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>config.temperature: expected a number from 0 to 2</source>
        <translation>config.temperature : un nombre de 0 à 2 était attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.max_tokens: expected a whole number above 0</source>
        <translation>config.max_tokens : un nombre entier supérieur à 0 était attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>keys are not read from configuration files; store it with &apos;rightsize endpoint key&apos; or set the environment variable</source>
        <translation>les clés ne sont pas lues dans les fichiers de configuration ; enregistrez-la avec &apos;rightsize endpoint key&apos; ou définissez la variable d’environnement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provider “%1”: %2</source>
        <translation>fournisseur « %1 » : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tests: expected a test or a file://PATH of tests</source>
        <translation>tests : un test ou un file://PATH de tests était attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tests %1</source>
        <translation>tests %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only .csv, .jsonl, .yaml, .yml and .json test files are supported; skipped</source>
        <translation>seuls les fichiers de tests .csv, .jsonl, .yaml, .yml et .json sont pris en charge ; ignoré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of tests</source>
        <translation>une liste de tests était attendue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a test must be a map</source>
        <translation>un test doit être un dictionnaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>assert type &quot;%1&quot;</source>
        <translation>type d’assertion &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values read from files are not supported; assertion skipped</source>
        <translation>les valeurs lues dans des fichiers ne sont pas prises en charge ; assertion ignorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not supported by Rightsize; assertion skipped</source>
        <translation>non pris en charge par Rightsize ; assertion ignorée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>defaultTest: %1</source>
        <translation>defaultTest : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluateOptions: expected a map</source>
        <translation>evaluateOptions : un dictionnaire était attendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evaluateOptions.%1: expected a whole number from 1 to %2</source>
        <translation>evaluateOptions.%1 : un nombre entier de 1 à %2 était attendu</translation>
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
        <translation>%1 ligne %2 : %3 : %4</translation>
    </message>
</context>
<context>
    <name>QtKeychainBackend</name>
    <message>
        <location filename="../core/secrets/qtkeychainbackend.cpp" line="+41"/>
        <source>the keychain service did not answer within %1 ms</source>
        <translation>le service de trousseau n’a pas répondu en %1 ms</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>RIGHTSIZE_NO_KEYCHAIN is set</source>
        <translation>RIGHTSIZE_NO_KEYCHAIN est défini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no D-Bus session bus (no desktop session)</source>
        <translation>pas de bus de session D-Bus (aucune session de bureau)</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <location filename="../core/routing/routingrequest.cpp" line="+33"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <location filename="../ui/models/ratingtablemodel.cpp" line="+23"/>
        <source>%1 in the catalog “%2”</source>
        <translation>%1 dans le catalogue « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a model of the catalog “%1”: its rating cannot become a quality score</source>
        <translation>Pas un modèle du catalogue « %1 » : sa cote ne peut pas devenir une note de qualité</translation>
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
        <translation>Cote de Bradley–Terry : 1000 correspond au modèle moyen ; 400 points de plus signifient une chance de 10 contre 1 d’être préféré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the rating lies with 95 % confidence (1000 bootstrap resamples of the votes)</source>
        <translation>Où se situe la cote avec une confiance de 95 % (1000 rééchantillonnages bootstrap des votes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes where both answers were bad: not counted in the rating</source>
        <translation>Votes où les deux réponses étaient mauvaises : non comptés dans la cote</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95 % interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties</source>
        <translation>Égalités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both bad</source>
        <translation>Mauvaises toutes les deux</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <location filename="../core/decision/recommendation.cpp" line="+375"/>
        <source>latency unknown: not checked</source>
        <translation>latence inconnue&#xa0;: non vérifiée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>context window unknown: not known to hold %1 tokens</source>
        <translation>fenêtre de contexte inconnue&#xa0;: capacité de %1 jetons non établie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context window unknown: not checked</source>
        <translation>fenêtre de contexte inconnue&#xa0;: non vérifiée</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>minimum accuracy not checked: benchmark %1 is not in the catalog</source>
        <translation>exactitude minimale non vérifiée&#xa0;: le benchmark %1 n’est pas dans le catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimum accuracy not checked: %1 is a rating, not an accuracy</source>
        <translation>exactitude minimale non vérifiée&#xa0;: %1 est une cote, pas une exactitude</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>minimum accuracy not checked: no score on %1</source>
        <translation>exactitude minimale non vérifiée&#xa0;: aucun score sur %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>minimum accuracy not checked: the catalog has no quality benchmark</source>
        <translation>exactitude minimale non vérifiée&#xa0;: le catalogue n’a aucun benchmark de qualité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minimum rating not checked: no score on %1</source>
        <translation>cote minimale non vérifiée&#xa0;: aucun score sur %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Typical latency %1 ms is over the %2 ms limit</source>
        <translation>La latence typique de %1 ms dépasse la limite de %2 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost %1 per 1,000 requests is over the %2 limit</source>
        <translation>Le coût de %1 pour 1&#xa0;000 requêtes dépasse la limite de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy %1 on %2 is under the minimum %3</source>
        <translation>L’exactitude %1 sur %2 est inférieure au minimum de %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rating %1 on %2 is under the minimum %3</source>
        <translation>La cote %1 sur %2 est inférieure au minimum de %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context window %1 tokens is under the %2 tokens required</source>
        <translation>La fenêtre de contexte de %1 jetons est inférieure aux %2 jetons requis</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>price unknown: $0 in an API catalog is a placeholder</source>
        <translation>prix inconnu&#xa0;: 0&#xa0;$ dans un catalogue d’API est un substitut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price unknown: no GPU price to cost self-hosting with</source>
        <translation>prix inconnu&#xa0;: aucun prix de GPU pour chiffrer l’auto-hébergement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latency unknown: not known to meet the %1 ms limit</source>
        <translation>latence inconnue&#xa0;: respect de la limite de %1 ms non établi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open weights of unpublished size: not known to run on-device</source>
        <translation>poids ouverts de taille non publiée&#xa0;: exécution locale non établie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hosted API: not on-device</source>
        <translation>API hébergée&#xa0;: pas sur l’appareil</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>measured: %1 (95 % interval %2–%3), %4</source>
        <translation>mesuré&#xa0;: %1 (intervalle à 95&#xa0;% %2–%3), %4</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No quality benchmark: the catalog has none, so no model has evidence.</source>
        <translation>Aucun benchmark de qualité&#xa0;: le catalogue n’en a pas, donc aucun modèle n’a de preuve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 decides quality: you chose it.</source>
        <translation>%1 décide de la qualité&#xa0;: vous l’avez choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 decides quality: you chose it, but this catalog does not have it.</source>
        <translation>%1 décide de la qualité&#xa0;: vous l’avez choisi, mais ce catalogue ne l’a pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 decides quality: your own measurement (%2), preferred over public benchmarks; each score carries its 95 % interval.</source>
        <translation>%1 décide de la qualité&#xa0;: votre propre mesure (%2), préférée aux benchmarks publics&#xa0;; chaque score porte son intervalle à 95&#xa0;%.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 decides quality: the benchmark of the task “%2”.</source>
        <translation>%1 décide de la qualité&#xa0;: le benchmark de la tâche «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 decides quality: the benchmark of the task “%2” (%3).</source>
        <translation>%1 décide de la qualité&#xa0;: le benchmark de la tâche «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 decides quality: the catalog&apos;s default, because the task&apos;s benchmark %2 is not in this catalog.</source>
        <translation>%1 décide de la qualité&#xa0;: celui du catalogue par défaut, car le benchmark de la tâche, %2, n’est pas dans ce catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 decides quality: the catalog&apos;s default (the task “%2” names no benchmark).</source>
        <translation>%1 décide de la qualité&#xa0;: celui du catalogue par défaut (la tâche «&#xa0;%2&#xa0;» ne nomme aucun benchmark).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 decides quality: the catalog&apos;s default (no task chosen).</source>
        <translation>%1 décide de la qualité&#xa0;: celui du catalogue par défaut (aucune tâche choisie).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is an accuracy: a model scoring under the minimum accuracy %1 is a near miss, and one without a score is “no evidence”.</source>
        <translation>C’est une exactitude&#xa0;: un modèle sous l’exactitude minimale de %1 est presque retenu, un modèle sans score est «&#xa0;aucune preuve&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is an accuracy: a model scoring under the minimum accuracy %1 (%2 on its scale) is a near miss, and one without a score is “no evidence”.</source>
        <translation>C’est une exactitude&#xa0;: un modèle sous l’exactitude minimale de %1 (%2 sur son échelle) est presque retenu, un modèle sans score est «&#xa0;aucune preuve&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (scores in this catalog run from %1 to %2)</source>
        <translation> (les scores de ce catalogue vont de %1 à %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is a rating: it ranks models but is not a share of tasks done right, so the minimum accuracy does not apply. The quality bar is the minimum rating %1%2.</source>
        <translation>C’est une cote&#xa0;: elle classe les modèles mais n’est pas une part de tâches réussies, l’exactitude minimale ne s’applique donc pas. Le seuil de qualité est la cote minimale de %1%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a rating: it ranks models but is not a share of tasks done right, so the minimum accuracy does not apply. Set a minimum rating to hold models to a bar%1.</source>
        <translation>C’est une cote&#xa0;: elle classe les modèles mais n’est pas une part de tâches réussies, l’exactitude minimale ne s’applique donc pas. Fixez une cote minimale pour imposer un seuil aux modèles%1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 percentage points</source>
        <translation>%1 points de pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 percentage points (%2 %)</source>
        <translation>%1 points de pourcentage (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rating points</source>
        <translation>%1 points de cote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rating points (%2 %)</source>
        <translation>%1 points de cote (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 costs %2× %3 for %4.</source>
        <translation>%1 coûte %2 fois %3 pour %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 costs %2 more per month than %3 for %4.</source>
        <translation>%1 coûte %2 de plus par mois que %3 pour %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown-tier</source>
        <translation>de niveau inconnu</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>The catalog has no %1 model; showing %2 models instead.</source>
        <translation>Le catalogue n’a aucun modèle de niveau %1&#xa0;; les modèles de niveau %2 sont affichés à la place.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the catalog&apos;s %n %1 model(s) meets the requirements; showing %2 models instead.</source>
        <translation>
            <numerusform>Le %n modèle de niveau %1 du catalogue ne satisfait pas les exigences&#xa0;; les modèles de niveau %2 sont affichés à la place.</numerusform>
            <numerusform>Aucun des %n modèles de niveau %1 du catalogue ne satisfait les exigences&#xa0;; les modèles de niveau %2 sont affichés à la place.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 scores %2 on %3, within %4 % of the best %5 model (%6), at %7 a month: the cheapest that close to the best.</source>
        <translation>%1 obtient %2 sur %3, à moins de %4&#xa0;% du meilleur modèle de niveau %5 (%6), pour %7 par mois&#xa0;: le moins cher aussi près du meilleur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is also the best-scoring %2 model.</source>
        <translation>%1 est aussi le modèle de niveau %2 au meilleur score.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is also the cheapest %2 model with evidence.</source>
        <translation>%1 est aussi le modèle de niveau %2 le moins cher avec une preuve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its latency</source>
        <translation>sa latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its context window</source>
        <translation>sa fenêtre de contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No candidate with a score on %1 is known to meet every requirement. These picks have evidence but lack a figure the requirements need (for %2: %3), so check it before relying on them.</source>
        <translation>Aucun candidat avec un score sur %1 n’est connu pour satisfaire toutes les exigences. Ces choix ont des preuves mais il leur manque un chiffre que demandent les exigences (pour %2&#xa0;: %3)&#xa0;: vérifiez-le avant de vous y fier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 candidate has a score on %2 and every figure the requirements need; the picks come from %3, the nearest tier with evidence.</source>
        <translation>Aucun candidat de niveau %1 n’a de score sur %2 et tous les chiffres que demandent les exigences&#xa0;; les choix viennent du niveau %3, le plus proche avec des preuves.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outside the %1 tier, %2 (%3) costs %4 a month and scores %5: at least as cheap and better than %6 on this evidence; the tier rule keeps it second.</source>
        <translation>Hors du niveau %1, %2 (%3) coûte %4 par mois et obtient %5&#xa0;: au moins aussi bon marché et meilleur que %6 selon ces preuves&#xa0;; la règle de niveau le place après.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model meets every requirement, so there is nothing to pick; the near misses show which limit to relax.</source>
        <translation>Aucun modèle ne satisfait toutes les exigences, il n’y a donc rien à choisir&#xa0;; les presque retenus montrent quelle limite assouplir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalog has no quality benchmark, so no model has evidence and there is nothing to pick from: the list goes by tier and cost. Measure the candidates yourself (Evaluations) or use a catalog with public scores.</source>
        <translation>Ce catalogue n’a aucun benchmark de qualité&#xa0;: aucun modèle n’a de preuve et il n’y a rien à choisir, la liste suit le niveau et le coût. Mesurez les candidats vous-même (Évaluations) ou utilisez un catalogue avec des scores publics.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No candidate with a score on %1 is known to meet every requirement: each lacks a figure they need (see the notes), so there is nothing to pick with confidence.</source>
        <translation>Aucun candidat avec un score sur %1 n’est connu pour satisfaire toutes les exigences&#xa0;: il manque à chacun un chiffre nécessaire (voir les remarques), il n’y a donc rien à choisir avec assurance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No candidate has a score on %1 that meets the quality bar, so there is no evidence to pick from; the closest is %2 (%3) at %4, a near miss. Relax the bar, choose another benchmark or measure the candidates yourself.</source>
        <translation>Aucun candidat n’a de score sur %1 qui atteigne le seuil de qualité, il n’y a donc aucune preuve pour choisir&#xa0;; le plus proche est %2 (%3) à %4, presque retenu. Assouplissez le seuil, choisissez un autre benchmark ou mesurez les candidats vous-même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No candidate has a score on %1, so there is no evidence to pick from: choose another benchmark or measure the candidates yourself.</source>
        <translation>Aucun candidat n’a de score sur %1, il n’y a donc aucune preuve pour choisir&#xa0;: choisissez un autre benchmark ou mesurez les candidats vous-même.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n candidate(s) have no score on %1: listed after the scored ones of their tier as “no evidence”.</source>
        <translation>
            <numerusform>%n candidat n’a aucun score sur %1&#xa0;: listé après ceux de son niveau qui en ont un, comme «&#xa0;aucune preuve&#xa0;».</numerusform>
            <numerusform>%n candidats n’ont aucun score sur %1&#xa0;: listés après ceux de leur niveau qui en ont un, comme «&#xa0;aucune preuve&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n candidate(s) have no known price: shown as unknown (never as $0.00) and ranked after the priced ones.</source>
        <translation>
            <numerusform>%n candidat n’a aucun prix connu&#xa0;: affiché comme inconnu (jamais comme 0,00&#xa0;$) et classé après ceux qui ont un prix.</numerusform>
            <numerusform>%n candidats n’ont aucun prix connu&#xa0;: affichés comme inconnus (jamais comme 0,00&#xa0;$) et classés après ceux qui ont un prix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n candidate(s) have no latency figure: ranked after those known to meet the %1 ms limit.</source>
        <translation>
            <numerusform>%n candidat n’a aucune latence connue&#xa0;: classé après ceux qui respectent la limite de %1 ms.</numerusform>
            <numerusform>%n candidats n’ont aucune latence connue&#xa0;: classés après ceux qui respectent la limite de %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n candidate(s) have no published context window: ranked after those known to hold %1 tokens.</source>
        <translation>
            <numerusform>%n candidat n’a aucune fenêtre de contexte publiée&#xa0;: classé après ceux qui tiennent %1 jetons.</numerusform>
            <numerusform>%n candidats n’ont aucune fenêtre de contexte publiée&#xa0;: classés après ceux qui tiennent %1 jetons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <location filename="../ui/pages/requirementspage.cpp" line="+115"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article: on-device classification</source>
        <translation>Article&#xa0;: classification sur l’appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple task, at most 50 ms, 1,000,000 requests per day</source>
        <translation>Tâche simple, 50 ms au plus, 1&#xa0;000&#xa0;000 de requêtes par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: complex reasoning</source>
        <translation>Article&#xa0;: raisonnement complexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High complexity, multi-step reasoning, minimum accuracy 0.98</source>
        <translation>Complexité élevée, raisonnement multi-étapes, exactitude minimale 0,98</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The article&apos;s default requirements</source>
        <translation>Les exigences par défaut de l’article</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Catalog:</source>
        <translation>&amp;Catalogue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic: your own measurement when there is one, else the task&apos;s benchmark, else the catalog&apos;s default</source>
        <translation>Automatique&#xa0;: votre propre mesure s’il y en a une, sinon le benchmark de la tâche, sinon celui du catalogue par défaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quality benchmark:</source>
        <translation>Benchmark de &amp;qualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Task type:</source>
        <translation>&amp;Type de tâche&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;omplexity:</source>
        <translation>C&amp;omplexité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs &amp;multi-step reasoning</source>
        <translation>Nécessite un raisonnement &amp;multi-étapes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;latency:</source>
        <translation>&amp;Latence max.&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max cost per 1,000 re&amp;quests:</source>
        <translation>Coût max. pour 1&#xa0;000 req&amp;uêtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Min &amp;accuracy (0–1):</source>
        <translation>Exactitude mi&amp;n. (0–1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min ra&amp;ting:</source>
        <translation>Cote mi&amp;nimale&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quality bar when quality is a rating (LMArena, your vote ratings); 0: none</source>
        <translation>Le seuil de qualité quand la qualité est une cote (LMArena, vos cotes de votes)&#xa0;; 0&#xa0;: aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conte&amp;xt length:</source>
        <translation>Longueur de conte&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests:</source>
        <translation>&amp;Requêtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Input per request:</source>
        <translation>&amp;Entrée par requête&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utput per request:</source>
        <translation>&amp;Sortie par requête&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+252"/>
        <source>Picks</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>&amp;Value margin:</source>
        <translation>Marge &amp;qualité-prix&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value pick is the cheapest model scoring within this share of the tier&apos;s best</source>
        <translation>Le choix qualité-prix est le modèle le moins cher à moins de cette part du meilleur score du niveau</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 · prices as of %2 · models: %3</source>
        <translation>%1 · prix au %2 · modèles&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 (rating)</source>
        <translation>%1 (cote)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Automatic: %1</source>
        <translation>Automatique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No benchmark: no quality bar applies.</source>
        <translation>Aucun benchmark&#xa0;: aucun seuil de qualité ne s’applique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a rating: the minimum accuracy does not apply to it (it still chooses the tier), the minimum rating does (0: none).</source>
        <translation>%1 est une cote&#xa0;: l’exactitude minimale ne s’y applique pas (elle choisit toujours le niveau), la cote minimale si (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an accuracy: the minimum accuracy applies (%2 on its scale).</source>
        <translation>%1 est une exactitude&#xa0;: l’exactitude minimale s’applique (%2 sur son échelle).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Why excluded</source>
        <translation>Motif d’exclusion</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recommended tier: %1</source>
        <translation>Niveau recommandé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Decided by rule %1 — %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Tranché par la règle %1 — %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✗ Rule %1 — %2: %3</source>
        <translation>✗ Règle %1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule 1 is the first rule, so no earlier rule was passed over.</source>
        <translation>La règle 1 est la première règle&#xa0;: aucune règle précédente n’a été écartée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier rules that did not apply:&lt;br&gt;%1</source>
        <translation>Règles précédentes qui ne s’appliquaient pas&#xa0;:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;i&gt;What it does to the list:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Ce qu’elle fait à la liste&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not in this catalog)</source>
        <translation>%1 (absent de ce catalogue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in this catalog as %2)</source>
        <translation>%1 (dans ce catalogue sous le nom %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; the article recommends %2; alternative %3. &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; l’article recommande %2&#xa0;; alternative&#xa0;: %3. &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No task type chosen: pick one to see the article&apos;s task-specific recommendation.</source>
        <translation>Aucun type de tâche choisi&#xa0;: choisissez-en un pour voir la recommandation de l’article propre à la tâche.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidates (%1)</source>
        <translation>Candidats (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near misses (%1)</source>
        <translation>Presque retenus (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 a month, self-hosted</source>
        <translation>%1 par mois, auto-hébergé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 (%3) — %4, %5.&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;%6</source>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2 (%3) — %4, %5.&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;%6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Qualité-prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best quality</source>
        <translation>Meilleure qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest</source>
        <translation>Le moins cher</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&lt;b&gt;No model meets every constraint.&lt;/b&gt; The near misses show which single limit to relax.</source>
        <translation>&lt;b&gt;Aucun modèle ne satisfait toutes les contraintes.&lt;/b&gt; Les modèles presque retenus montrent quelle limite unique assouplir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Models meeting every constraint: %1, the recommended tier first.</source>
        <translation>Modèles satisfaisant toutes les contraintes&#xa0;: %1, le niveau recommandé en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models failing two or more constraints: %1.</source>
        <translation>Modèles ne satisfaisant pas au moins deux contraintes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RouteCommand</name>
    <message>
        <location filename="../app/routecommand.cpp" line="+38"/>
        <source>--prompt is required</source>
        <translation>--prompt est obligatoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--quality expects standard, medium or high, not “%1”</source>
        <translation>--quality attend standard, medium ou high, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--tier expects small, medium or large=ENDPOINT_OR_TARGET, not “%1”</source>
        <translation>--tier attend small, medium ou large=ENDPOINT_OR_TARGET, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tier %1= needs an endpoint name or a KIND:MODEL@BASE_URL target</source>
        <translation>--tier %1= nécessite un nom de point de terminaison ou une cible KIND:MODEL@BASE_URL</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tier: %1 (rule %2, “%3”) → %4</source>
        <translation>Niveau&#xa0;: %1 (règle %2, «&#xa0;%3&#xa0;») → %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier: %1 (no rule fired) → %2</source>
        <translation>Niveau&#xa0;: %1 (aucune règle déclenchée) → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decides which tier (small, medium, large) should answer a prompt, with the routing rules of the routing configuration (the article&apos;s rules unless edited), and says which rule fired and why each earlier rule did not. Unless --dry-run, it then asks that tier&apos;s endpoint and, if the call fails after the endpoint&apos;s own retries, escalates through every larger tier, reporting each attempt&apos;s error, latency and cost.</source>
        <translation>Décide quel niveau (small, medium, large) doit répondre à un prompt, avec les règles de routage de la configuration de routage (celles de l’article sauf modification), et indique quelle règle s’est déclenchée et pourquoi chaque règle précédente ne l’a pas fait. Sauf avec --dry-run, il interroge ensuite le point de terminaison de ce niveau et, si l’appel échoue après les nouvelles tentatives propres au point de terminaison, remonte à travers chaque niveau supérieur en indiquant l’erreur, la latence et le coût de chaque tentative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prompt to route.</source>
        <translation>Le prompt à router.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task type, e.g. classification, extraction, summarization.</source>
        <translation>Le type de tâche, p. ex. classification, extraction, summarization.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task needs multi-step reasoning.</source>
        <translation>La tâche nécessite un raisonnement multi-étapes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quality asked for: standard (default), medium or high.</source>
        <translation>La qualité demandée&#xa0;: standard (par défaut), medium ou high.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this endpoint name or KIND:MODEL@BASE_URL target for a tier, overriding the routing configuration; repeat for several tiers.</source>
        <translation>Utiliser ce nom de point de terminaison ou cette cible KIND:MODEL@BASE_URL pour un niveau, à la place de la configuration de routage&#xa0;; à répéter pour plusieurs niveaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only decide; send nothing.</source>
        <translation>Seulement décider&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency ms</source>
        <translation>Latence ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed (HTTP %1)</source>
        <translation>échec (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Answered by the %1 tier after %n attempt(s); total %2 ms, %3.</source>
        <translation>
            <numerusform>Réponse du niveau %1 après %n tentative&#xa0;; total %2 ms, %3.</numerusform>
            <numerusform>Réponse du niveau %1 après %n tentatives&#xa0;; total %2 ms, %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingCli</name>
    <message>
        <location filename="../app/routingcli.cpp" line="+17"/>
        <source>The routing configuration file (default: %1).</source>
        <translation>Le fichier de configuration du routage (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--%1 expects a number from %2 to %3, not “%4”</source>
        <translation>--%1 attend un nombre entre %2 et %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../core/routing/routingconfig.cpp" line="+53"/>
        <source>%1: unknown field</source>
        <translation>%1&#xa0;: champ inconnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1: must be a list of text</source>
        <translation>%1&#xa0;: doit être une liste de textes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: must be text</source>
        <translation>%1&#xa0;: doit être du texte</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: must be a whole number from 1</source>
        <translation>%1&#xa0;: doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is newer than this version of Rightsize understands (%3)</source>
        <translation>%1&#xa0;: %2 est plus récent que ce que comprend cette version de Rightsize (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+19"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>%1: must be a JSON object</source>
        <translation>%1&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: a level is empty</source>
        <translation>%1&#xa0;: un palier est vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: must be a number from 0 to 1</source>
        <translation>%1&#xa0;: doit être un nombre entre 0 et 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unknown assessor “%2” (known: %3)</source>
        <translation>%1&#xa0;: estimateur inconnu «&#xa0;%2&#xa0;» (connus&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: name at least one assessor</source>
        <translation>%1&#xa0;: indiquez au moins un estimateur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: must be a whole number from 1 to 20</source>
        <translation>%1&#xa0;: doit être un nombre entier de 1 à 20</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: must be a number from 0 to 2</source>
        <translation>%1&#xa0;: doit être un nombre entre 0 et 2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not a valid regular expression: %2</source>
        <translation>%1&#xa0;: expression régulière non valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be true or false</source>
        <translation>%1&#xa0;: doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The judge assessor needs a judge endpoint (a configured endpoint name or a KIND:MODEL@BASE_URL target).</source>
        <translation>L’estimateur juge nécessite un point de terminaison juge (un nom de point de terminaison configuré ou une cible KIND:MODEL@BASE_URL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown assessor “%1”; known: %2</source>
        <translation>Estimateur inconnu «&#xa0;%1&#xa0;»&#xa0;; connus&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name at least one assessor (known: %1).</source>
        <translation>Indiquez au moins un estimateur (connus&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>RoutingConfigStore</name>
    <message>
        <location line="-203"/>
        <source>Cannot read the routing configuration %1: %2</source>
        <translation>Impossible de lire la configuration du routage %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The routing configuration %1 is not valid JSON (at byte %2): %3</source>
        <translation>La configuration du routage %1 n’est pas du JSON valide (à l’octet %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The routing configuration %1 is not a JSON object.</source>
        <translation>La configuration du routage %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The routing configuration %1 has errors:
%2</source>
        <translation>La configuration du routage %1 contient des erreurs&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1 for the routing configuration.</source>
        <translation>Impossible de créer le dossier %1 pour la configuration du routage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot write the routing configuration %1: %2</source>
        <translation>Impossible d’écrire la configuration du routage %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: “%2” is not a valid target: %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une cible valide&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown endpoint “%2”: no endpoint is configured (add one with &apos;rightsize endpoint add&apos; or write a KIND:MODEL@BASE_URL target)</source>
        <translation>%1&#xa0;: point de terminaison inconnu «&#xa0;%2&#xa0;»&#xa0;: aucun point de terminaison n’est configuré (ajoutez-en un avec &apos;rightsize endpoint add&apos; ou écrivez une cible KIND:MODEL@BASE_URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown endpoint “%2”; configured: %3</source>
        <translation>%1&#xa0;: point de terminaison inconnu «&#xa0;%2&#xa0;»&#xa0;; configurés&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>catalog %1, %2</source>
        <translation>catalogue %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog %1</source>
        <translation>catalogue %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 tier</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No endpoint is configured for the %1 tier(s), which this prompt may be sent to: choose one on the Routing page, or pass --tier TIER=ENDPOINT. Nothing was sent.</source>
        <translation>Aucun point de terminaison n’est configuré pour le ou les niveaux %1, auxquels ce prompt peut être envoyé : choisissez-en un sur la page Routage, ou passez --tier NIVEAU=POINT. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No cascade level is configured: add endpoints as levels, smallest first (Routing page, or --levels). Nothing is sent to an endpoint you did not choose.</source>
        <translation>Aucun niveau de cascade n’est configuré : ajoutez des points de terminaison comme niveaux, le plus petit d’abord (page Routage, ou --levels). Rien n’est envoyé à un point de terminaison que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cascade level %1</source>
        <translation>Palier de cascade %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <location filename="../ui/pages/routingpage.cpp" line="+46"/>
        <source>&amp;Router</source>
        <translation>&amp;Routeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;scade</source>
        <translation>Ca&amp;scade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it live</source>
        <translation>&amp;Essai en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulateur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Settings are saved to %1 as you edit; the command line uses them too.</source>
        <translation>Les paramètres sont enregistrés dans %1 au fil de vos modifications&#xa0;; la ligne de commande les utilise aussi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The defaults are shown; your next change replaces the file.</source>
        <translation>%1 Les valeurs par défaut sont affichées&#xa0;; votre prochaine modification remplace le fichier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved to %1; the command line uses these settings too.</source>
        <translation>Enregistré dans %1&#xa0;; la ligne de commande utilise aussi ces paramètres.</translation>
    </message>
</context>
<context>
    <name>RoutingPolicy</name>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="+40"/>
        <source>no task type was given (the rule wants one of %1)</source>
        <translation>aucun type de tâche n’a été indiqué (la règle attend l’un de %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>task “%1” is one of %2</source>
        <translation>la tâche «&#xa0;%1&#xa0;» fait partie de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task “%1” is not one of %2</source>
        <translation>la tâche «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reasoning was requested</source>
        <translation>un raisonnement a été demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reasoning was not requested</source>
        <translation>aucun raisonnement n’a été demandé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quality “%1” is one of %2</source>
        <translation>la qualité «&#xa0;%1&#xa0;» fait partie de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality “%1” is not one of %2</source>
        <translation>la qualité «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the prompt has %1 characters, more than %2</source>
        <translation>le prompt compte %1 caractères, plus de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the prompt has %1 characters, not more than %2</source>
        <translation>le prompt compte %1 caractères, pas plus de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule %1 (%2)</source>
        <translation>Règle %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fired: it applies to every request → %2</source>
        <translation>%1 déclenchée&#xa0;: elle s’applique à toutes les requêtes → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fired: %2 → %3</source>
        <translation>%1 déclenchée&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 did not fire: %2</source>
        <translation>%1 non déclenchée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, field “%2”: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No rule fired: the smallest tier, %1, is used.</source>
        <translation>Aucune règle déclenchée&#xa0;: le plus petit niveau, %1, est utilisé.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The routing policy has no rules.</source>
        <translation>La politique de routage n’a aucune règle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tier must be small, medium or large, not %1</source>
        <translation>le niveau doit valoir small, medium ou large, et non %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a task type is empty</source>
        <translation>un type de tâche est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the length must not be negative, but is %1</source>
        <translation>la longueur ne doit pas être négative, mais vaut %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The routing policy needs a “rules” array.</source>
        <translation>La politique de routage nécessite un tableau «&#xa0;rules&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be “any” or “all”</source>
        <translation>doit valoir «&#xa0;any&#xa0;» ou «&#xa0;all&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list of task names</source>
        <translation>doit être une liste de noms de tâches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of quality levels</source>
        <translation>doit être une liste de niveaux de qualité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not standard, medium or high</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas standard, medium ou high</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number of characters</source>
        <translation>doit être un nombre entier de caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be small, medium or large, not “%1”</source>
        <translation>doit valoir small, medium ou large, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The routing policy is not a JSON object: %1</source>
        <translation>La politique de routage n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RoutingRulesModel</name>
    <message>
        <location filename="../ui/models/routingrulesmodel.cpp" line="+65"/>
        <source>task is %1</source>
        <translation>la tâche est %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reasoning requested</source>
        <translation>raisonnement demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reasoning not requested</source>
        <translation>raisonnement non demandé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quality %1</source>
        <translation>qualité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prompt over %1 characters</source>
        <translation>prompt de plus de %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>RoutingSession</name>
    <message>
        <location filename="../core/routing/routingsession.cpp" line="+124"/>
        <location line="+34"/>
        <source>A run is in progress; cancel it first.</source>
        <translation>Une exécution est en cours ; annulez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>RuleConsequence</name>
    <message>
        <location filename="../core/decision/ruleconsequences.cpp" line="+37"/>
        <source>When the catalog has no candidate of that tier, the nearest tier with one is shown first and the page says so.</source>
        <translation>Si le catalogue n’a aucun candidat de ce niveau, le niveau le plus proche qui en a un passe en premier, et la page le dit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large models are listed first. Within the tier, models with a score on the task&apos;s benchmark rank above those without.</source>
        <translation>Les grands modèles passent en premier. Dans le niveau, les modèles ayant un score sur le benchmark de la tâche passent devant les autres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only models that can run on your own hardware stay candidates: open weights with a published size, costed self-hosted with the GPU capacity model. Hosted APIs are near misses (“hosted API: not on-device”). A model without a latency figure is not taken to meet the %1 ms limit.</source>
        <translation>Seuls les modèles qui peuvent tourner sur votre propre matériel restent candidats&#xa0;: poids ouverts de taille publiée, chiffrés en auto-hébergement avec le modèle de capacité GPU. Les API hébergées sont presque retenues («&#xa0;API hébergée&#xa0;: pas sur l’appareil&#xa0;»). Un modèle sans latence connue n’est pas tenu pour respecter la limite de %1 ms.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Small models are listed first, and every candidate must be known to cost at most %1 per 1,000 requests: a model without a real price is not taken to meet the limit.</source>
        <translation>Les petits modèles passent en premier, et chaque candidat doit être connu pour coûter au plus %1 pour 1 000 requêtes&#xa0;: un modèle sans prix réel n’est pas tenu pour respecter la limite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large models are listed first. A model whose context window is under %1 tokens is a near miss; one whose window is not published ranks after those known to fit.</source>
        <translation>Les grands modèles passent en premier. Un modèle dont la fenêtre de contexte est sous %1 jetons est presque retenu&#xa0;; un modèle dont la fenêtre n’est pas publiée passe après ceux qui conviennent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 models are listed first. %2</source>
        <translation>Les modèles de niveau %1 passent en premier. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The latency limit %2 ms is below the default, so a model without a latency figure ranks after those known to meet it.</source>
        <translation>%1 La limite de latence de %2 ms est sous la valeur par défaut&#xa0;: un modèle sans latence connue passe après ceux qui la respectent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 A model whose context window is not published ranks after those known to hold %2 tokens.</source>
        <translation>%1 Un modèle dont la fenêtre de contexte n’est pas publiée passe après ceux qui tiennent %2 jetons.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../ui/pages/routing/rulestab.cpp" line="+38"/>
        <source>Rules, first match wins</source>
        <translation>Règles, la première qui correspond l’emporte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a rule after the selected one</source>
        <translation>Ajouter une règle après celle sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected rule (Del)</source>
        <translation>Retirer la règle sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected rule up: it is tried earlier (Alt+Up)</source>
        <translation>Monter la règle sélectionnée&#xa0;: elle est essayée plus tôt (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected rule down: it is tried later (Alt+Down)</source>
        <translation>Descendre la règle sélectionnée&#xa0;: elle est essayée plus tard (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the article&apos;s rules</source>
        <translation>Rétablir les règles de l’article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task in classification, extraction, embedding → small; reasoning or quality high → large; prompt over 10,000 characters or quality medium → medium; otherwise small</source>
        <translation>Tâche parmi classification, extraction, embedding → small&#xa0;; raisonnement ou qualité high → large&#xa0;; prompt de plus de 10&#xa0;000 caractères ou qualité medium → medium&#xa0;; sinon small</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A label cited in explanations</source>
        <translation>Un libellé cité dans les explications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any condition holds (or)</source>
        <translation>l’une des conditions est remplie (ou)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every condition holds (and)</source>
        <translation>toutes les conditions sont remplies (et)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any task; or e.g. classification, extraction</source>
        <translation>toute tâche&#xa0;; ou p. ex. classification, extraction</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>no condition</source>
        <translation>aucune condition</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>reasoning requested</source>
        <translation>raisonnement demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reasoning not requested</source>
        <translation>raisonnement non demandé</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The rule applies to prompts longer than this (Unicode characters, as a person counts them)</source>
        <translation>La règle s’applique aux prompts plus longs que cette valeur (en caractères Unicode, tels qu’une personne les compte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fires when:</source>
        <translation>Se déclenche quand&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task is one of:</source>
        <translation>La tâche est parmi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning:</source>
        <translation>Raisonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality is one of:</source>
        <translation>La qualité est parmi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt longer than:</source>
        <translation>Prompt plus long que&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to tier:</source>
        <translation>Envoyer au niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decision preview</source>
        <translation>Aperçu de la décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A prompt to route (only its length matters to the rules)</source>
        <translation>Un prompt à router (seule sa longueur compte pour les règles)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follows the prompt; set it to try a length without pasting a long text</source>
        <translation>Suit le prompt&#xa0;; réglez-la pour essayer une longueur sans coller un long texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no task given</source>
        <translation>aucune tâche indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-step reasoning requested</source>
        <translation>Raisonnement en plusieurs étapes demandé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prompt:</source>
        <translation>Prompt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Longueur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality:</source>
        <translation>Qualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier map: where each tier&apos;s requests go</source>
        <translation>Correspondance des niveaux&#xa0;: où vont les requêtes de chaque niveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>article default: %1</source>
        <translation>valeur par défaut de l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configured endpoint, or a target typed as KIND:MODEL@BASE_URL (e.g. openai:gpt-4o-mini@https://api.openai.com/v1); empty: the article&apos;s default</source>
        <translation>Un point de terminaison configuré, ou une cible saisie sous la forme KIND:MODEL@BASE_URL (p. ex. openai:gpt-4o-mini@https://api.openai.com/v1)&#xa0;; vide&#xa0;: la valeur par défaut de l’article</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Router rules reset to the article&apos;s four rules.</source>
        <translation>Règles du routeur rétablies aux quatre règles de l’article.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>→ %1 tier: no rule matched, so the smallest tier is used</source>
        <translation>→ niveau %1&#xa0;: aucune règle ne correspond, le plus petit niveau est donc utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ %1 tier, rule %2 “%3”</source>
        <translation>→ niveau %1, règle %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 tier</source>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <location filename="../core/store/runexport.cpp" line="+218"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <location filename="../core/store/runrepository.cpp" line="+351"/>
        <source>%1 in the history database %2: %3</source>
        <translation>%1 dans la base de données de l’historique %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No history database is open.</source>
        <translation>Aucune base de données d’historique n’est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot commit</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot store endpoint %1</source>
        <translation>Impossible d’enregistrer le point de terminaison %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot find endpoint %1</source>
        <translation>Point de terminaison %1 introuvable</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot store the prompt</source>
        <translation>Impossible d’enregistrer le prompt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot store the run</source>
        <translation>Impossible d’enregistrer l’exécution</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+112"/>
        <source>Cannot store response %1</source>
        <translation>Impossible d’enregistrer la réponse %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cannot update run %1</source>
        <translation>Impossible de mettre à jour l’exécution %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot update the search index</source>
        <translation>Impossible de mettre à jour l’index de recherche</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot store streamed text</source>
        <translation>Impossible d’enregistrer le texte reçu en flux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot store a response status</source>
        <translation>Impossible d’enregistrer le statut d’une réponse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no run %1 in the history database %2.</source>
        <translation>Il n’y a pas d’exécution %1 dans la base de données de l’historique %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read runs</source>
        <translation>Impossible de lire les exécutions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read responses</source>
        <translation>Impossible de lire les réponses</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+61"/>
        <source>Cannot list runs</source>
        <translation>Impossible de lister les exécutions</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot count runs</source>
        <translation>Impossible de compter les exécutions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot search runs</source>
        <translation>Impossible de rechercher dans les exécutions</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot delete runs</source>
        <translation>Impossible de supprimer les exécutions</translation>
    </message>
</context>
<context>
    <name>SelfConsistencyAssessor</name>
    <message>
        <location filename="../core/routing/selfconsistencyassessor.cpp" line="+36"/>
        <source>no chat client to draw samples with</source>
        <translation>aucun client de chat pour tirer des échantillons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no samples were asked for</source>
        <translation>aucun échantillon n’a été demandé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>every sample failed: %1</source>
        <translation>tous les échantillons ont échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 answers agree</source>
        <translation>%1 réponses sur %2 concordent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 samples failed: %3)</source>
        <translation>%1 (%2 échantillons en échec&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect the next time Rightsize starts.</source>
        <translation>Prend effet au prochain démarrage de Rightsize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow the desktop&apos;s colours and style</source>
        <translation>&amp;Suivre les couleurs et le style du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: Rightsize uses its own light look. Takes effect the next time Rightsize starts.</source>
        <translation>Désactivé&#xa0;: Rightsize utilise sa propre apparence claire. Prend effet au prochain démarrage de Rightsize.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance:</source>
        <translation>Apparence&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog a new session starts with; later sessions reopen the catalog used last</source>
        <translation>Le catalogue avec lequel démarre une nouvelle session&#xa0;; les sessions suivantes rouvrent le dernier catalogue utilisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where “Update prices” on the Catalog page fetches a catalog (LiteLLM&apos;s, models.dev&apos;s api.json or OpenRouter&apos;s /api/v1/models, told apart by their content); empty for LiteLLM&apos;s published file</source>
        <translation>D’où « Mettre à jour les prix » de la page Catalogue récupère un catalogue (celui de LiteLLM, l’api.json de models.dev ou /api/v1/models d’OpenRouter, distingués par leur contenu) ; vide pour le fichier publié par LiteLLM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogs</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Default catalog:</source>
        <translation>Catalogue par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update prices from:</source>
        <translation>Mettre à jour les &amp;prix depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History database:</source>
        <translation>Base de données d’&amp;historique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs, votes and evaluations are kept in this SQLite file.</source>
        <translation>Les exécutions, les votes et les évaluations sont conservés dans ce fichier SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many requests a comparison sends at the same time</source>
        <translation>Nombre de requêtes qu’une comparaison envoie en même temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request that stays silent this long is given up</source>
        <translation>Une requête qui reste silencieuse aussi longtemps est abandonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Requêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;timeout:</source>
        <translation>Délai d’e&amp;xpiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rightsize sends nothing anywhere: no telemetry, no update checks.</source>
        <translation>Rightsize n’envoie rien nulle part&#xa0;: aucune télémétrie, aucune recherche de mises à jour.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>History database</source>
        <translation>Base de données de l’historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>Base de données SQLite (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>SimulateCascadeCommand</name>
    <message>
        <location filename="../app/simulatecascadecommand.cpp" line="+144"/>
        <source>Replays stored runs in which the same prompt was answered by several endpoints under &quot;smallest first, escalate while the confidence is below t&quot; for thresholds t from 0 to 1, with no calls: for each t the share of prompts answered at each level, the total cost and the mean quality. Quality comes from your thumbs (up 1, down 0) or else your pairwise votes (win 1, tie 0.5, loss or both bad 0); answers without either are unlabelled. Confidence comes from the stored answers&apos; log-probabilities, or from validation checks on their text. Levels default to the cascade of the routing configuration, else to the endpoints of the selected runs, cheapest first. With --eval-run, an evaluation run is replayed instead: its pass/fail verdicts are the quality and its answers&apos; shape checks (valid JSON, keys, regex, prefix, length) the confidence.</source>
        <translation>Rejoue les exécutions enregistrées dans lesquelles le même prompt a reçu une réponse de plusieurs points de terminaison, selon «&#xa0;le plus petit d’abord, escalader tant que la confiance est sous t&#xa0;» pour des seuils t de 0 à 1, sans aucun appel&#xa0;: pour chaque t, la part des prompts traités à chaque palier, le coût total et la qualité moyenne. La qualité provient de vos pouces (levé 1, baissé 0) ou à défaut de vos votes par paires (victoire 1, égalité 0.5, défaite ou les deux mauvaises 0)&#xa0;; les réponses sans l’un ni l’autre ne sont pas étiquetées. La confiance provient des log-probabilités enregistrées des réponses, ou de vérifications de validation sur leur texte. Les paliers reprennent par défaut la cascade de la configuration de routage, sinon les points de terminaison des exécutions sélectionnées, du moins cher au plus cher. Avec --eval-run, c’est une exécution d’évaluation qui est rejouée&#xa0;: ses verdicts réussite/échec donnent la qualité et les vérifications de forme de ses réponses (JSON valide, clés, regex, préfixe, longueur) la confiance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only runs whose prompt or responses contain all these words (as &apos;history list --search&apos;); default: every stored run.</source>
        <translation>Seulement les exécutions dont le prompt ou les réponses contiennent tous ces mots (comme &apos;history list --search&apos;)&#xa0;; par défaut&#xa0;: toutes les exécutions enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint names as stored in the runs, smallest first, comma-separated.</source>
        <translation>Noms des points de terminaison tels qu’enregistrés dans les exécutions, du plus petit au plus grand, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold step, above 0 and at most 1 (default 0.05).</source>
        <translation>Pas du seuil, supérieur à 0 et au plus égal à 1 (0.05 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the cheapest threshold whose mean quality reaches this, 0–1.</source>
        <translation>Signaler le seuil le moins cher dont la qualité moyenne atteint cette valeur, 0–1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence source: logprob (default) or validation.</source>
        <translation>Source de confiance&#xa0;: logprob (par défaut) ou validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation: the answer must contain a match.</source>
        <translation>Validation&#xa0;: la réponse doit contenir une correspondance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation: the answer must be a JSON object or array.</source>
        <translation>Validation&#xa0;: la réponse doit être un objet ou un tableau JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation: the answer must be a JSON object with this key; repeat for several.</source>
        <translation>Validation&#xa0;: la réponse doit être un objet JSON avec cette clé&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay this stored evaluation run (see &apos;eval list&apos;) instead of Compare runs.</source>
        <translation>Rejouer cette exécution d’évaluation enregistrée (voir &apos;eval list&apos;) au lieu des exécutions de la page Comparer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--step expects a number above 0 and at most 1, not “%1”</source>
        <translation>--step attend un nombre supérieur à 0 et au plus égal à 1, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--confidence expects logprob or validation, not “%1”</source>
        <translation>--confidence attend logprob ou validation, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--regex is not a valid regular expression: %1</source>
        <translation>--regex n’est pas une expression régulière valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--eval-run expects a run number, not “%1”</source>
        <translation>--eval-run attend un numéro d’exécution, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no runs are stored in %1</source>
        <translation>aucune exécution n’est enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stored run matches “%1” in %2</source>
        <translation>aucune exécution enregistrée ne correspond à «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the selected runs have no complete answer to replay</source>
        <translation>les exécutions sélectionnées n’ont aucune réponse complète à rejouer</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>none of the %n selected run(s) has a complete answer from %1</source>
        <translation>
            <numerusform>sur %n exécution sélectionnée, aucune n’a de réponse complète de %1</numerusform>
            <numerusform>sur %n exécutions sélectionnées, aucune n’a de réponse complète de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cascade simulation over %1 prompt(s) from %2 run(s); levels: %3; confidence: %4</source>
        <translation>Simulation de cascade sur %1 prompt(s) issu(s) de %2 exécution(s)&#xa0;; paliers&#xa0;: %3&#xa0;; confiance&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always small</source>
        <translation>toujours petit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ best</source>
        <translation>◀ meilleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always large</source>
        <translation>toujours grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stored answer has a validation verdict.</source>
        <translation>Aucune réponse enregistrée n’a de verdict de validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored answer has log-probabilities, so every prompt escalates to its largest level; try --confidence validation.</source>
        <translation>Aucune réponse enregistrée n’a de log-probabilités, chaque prompt escalade donc jusqu’à son plus grand palier&#xa0;; essayez --confidence validation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some endpoints have no catalog price (ad-hoc targets, or no --catalog-model), so their costs are unknown, not free: give them a catalog model with &apos;rightsize endpoint add … --catalog-model ID&apos;.</source>
        <translation>Certains points de terminaison n’ont pas de prix de catalogue (cibles ad hoc, ou sans --catalog-model)&#xa0;: leurs coûts sont inconnus, pas nuls. Donnez-leur un modèle du catalogue avec «&#xa0;rightsize endpoint add … --catalog-model ID&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the newest %1 matching runs were replayed; narrow the selection with --runs.</source>
        <translation>Seules les %1 exécutions correspondantes les plus récentes ont été rejouées&#xa0;; restreignez la sélection avec --runs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cheapest threshold with quality ≥ %1: %2 (cost %3, quality %4; always large: %5).</source>
        <translation>Seuil le moins cher avec une qualité ≥ %1&#xa0;: %2 (coût %3, qualité %4&#xa0;; toujours le plus grand palier&#xa0;: %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No threshold reaches quality %1.</source>
        <translation>Aucun seuil n’atteint la qualité %1.</translation>
    </message>
</context>
<context>
    <name>SimulatorTab</name>
    <message>
        <location filename="../ui/pages/routing/simulatortab.cpp" line="+47"/>
        <source>every stored run; or words the prompt or an answer must contain</source>
        <translation>toutes les exécutions enregistrées&#xa0;; ou des mots que le prompt ou une réponse doit contenir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cascade&apos;s levels</source>
        <translation>Les paliers de la cascade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runs&apos; endpoints, cheapest first</source>
        <translation>Les points de terminaison des exécutions, du moins cher au plus cher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which stored answers count as level 1, 2, …: by endpoint name</source>
        <translation>Quelles réponses enregistrées comptent comme palier 1, 2, …&#xa0;: par nom de point de terminaison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation checks (the cascade&apos;s settings)</source>
        <translation>Vérifications de validation (paramètres de la cascade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored log-probabilities</source>
        <translation>Log-probabilités enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How confident each stored answer is; runs from the Compare page keep no log-probabilities, so validation is the usual choice</source>
        <translation>Le degré de confiance de chaque réponse enregistrée&#xa0;; les exécutions de la page Comparer ne conservent pas de log-probabilités, la validation est donc le choix habituel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mean quality the cascade must keep; the cheapest threshold that does is marked</source>
        <translation>La qualité moyenne que la cascade doit maintenir&#xa0;; le seuil le moins cher qui y parvient est signalé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs:</source>
        <translation>Exécutions&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels:</source>
        <translation>Paliers&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence:</source>
        <translation>Confiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target quality:</source>
        <translation>Qualité cible&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold step:</source>
        <translation>Pas du seuil&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay the stored runs for every threshold (F5)</source>
        <translation>Rejouer les exécutions enregistrées pour chaque seuil (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart as PNG, SVG or PDF (Ctrl+Shift+X)</source>
        <translation>Enregistrer le graphique en PNG, SVG ou PDF (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include in the decision memo</source>
        <translation>Inclure dans la note de décision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File ▸ Export memo adds this simulation&apos;s chart and table</source>
        <translation>Fichier ▸ Exporter la note de décision ajoute le graphique et le tableau de cette simulation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replays stored runs in which several endpoints answered the same prompt, as if the cascade had run: no call is made. Quality comes from your thumbs and votes on the Compare and History pages. Press Simulate (F5).</source>
        <translation>Rejoue les exécutions enregistrées dans lesquelles plusieurs points de terminaison ont répondu au même prompt, comme si la cascade avait été exécutée&#xa0;: aucun appel n’est effectué. La qualité provient de vos pouces et de vos votes sur les pages Comparer et Historique. Appuyez sur Simuler (F5).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No run history is open, so there is nothing to replay. Runs from the Compare page are stored in the history database; see the History page.</source>
        <translation>Aucun historique d’exécutions n’est ouvert, il n’y a donc rien à rejouer. Les exécutions de la page Comparer sont enregistrées dans la base de données de l’historique&#xa0;; voir la page Historique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No run is stored yet. Run prompts on two or more endpoints on the Compare page, vote or give thumbs, then simulate.</source>
        <translation>Aucune exécution n’est encore enregistrée. Exécutez des prompts sur deux points de terminaison ou plus sur la page Comparer, votez ou attribuez des pouces, puis lancez la simulation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored run matches “%1”.</source>
        <translation>Aucune exécution enregistrée ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The selected runs were answered by %n endpoint(s); a cascade needs answers from at least two.</source>
        <translation>
            <numerusform>Les exécutions sélectionnées ont reçu des réponses de %n point de terminaison&#xa0;; une cascade nécessite des réponses d’au moins deux.</numerusform>
            <numerusform>Les exécutions sélectionnées ont reçu des réponses de %n points de terminaison&#xa0;; une cascade nécessite des réponses d’au moins deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>None of the %n selected run(s) has a complete answer from %1.</source>
        <translation>
            <numerusform>Sur %n exécution sélectionnée, aucune n’a de réponse complète de %1.</numerusform>
            <numerusform>Sur %n exécutions sélectionnées, aucune n’a de réponse complète de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>confidence from validation checks</source>
        <translation>confiance issue des vérifications de validation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confidence from stored log-probabilities</source>
        <translation>confiance issue des log-probabilités enregistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored run(s), quality from your thumbs and votes, %1.</source>
        <translation>
            <numerusform>%n exécution enregistrée, qualité issue de vos pouces et votes, %1.</numerusform>
            <numerusform>%n exécutions enregistrées, qualité issue de vos pouces et votes, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored run(s) matching “%1”, quality from your thumbs and votes, %2.</source>
        <translation>
            <numerusform>%n exécution enregistrée correspondant à «&#xa0;%1&#xa0;», qualité issue de vos pouces et votes, %2.</numerusform>
            <numerusform>%n exécutions enregistrées correspondant à «&#xa0;%1&#xa0;», qualité issue de vos pouces et votes, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n prompt(s) replayed</source>
        <translation>
            <numerusform>%n prompt rejoué</numerusform>
            <numerusform>%n prompts rejoués</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 answers have a confidence, %3 a quality label</source>
        <translation>%1 réponses sur %2 ont une confiance, %3 une étiquette de qualité</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only the newest %n runs were loaded</source>
        <translation>
            <numerusform>seule l’exécution la plus récente (%n) a été chargée</numerusform>
            <numerusform>seules les %n exécutions les plus récentes ont été chargées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer could be validated, so every prompt escalates to its largest level.</source>
        <translation>Aucune réponse n’a pu être validée, chaque prompt escalade donc jusqu’à son plus grand palier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored answer has log-probabilities, so every prompt escalates to its largest level: choose validation checks.</source>
        <translation>Aucune réponse enregistrée n’a de log-probabilités, chaque prompt escalade donc jusqu’à son plus grand palier&#xa0;: choisissez les vérifications de validation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer has a quality label: give thumbs or votes on the Compare or History page.</source>
        <translation>Aucune réponse n’a d’étiquette de qualité&#xa0;: attribuez des pouces ou des votes sur la page Comparer ou Historique.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cascade simulated over %n prompt(s).</source>
        <translation>
            <numerusform>Cascade simulée sur %n prompt.</numerusform>
            <numerusform>Cascade simulée sur %n prompts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>Simulate first: there is no chart to export yet.</source>
        <translation>Lancez d’abord la simulation&#xa0;: il n’y a pas encore de graphique à exporter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cascade chart</source>
        <translation>Exporter le graphique de la cascade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG images (*.svg);;PDF documents (*.pdf)</source>
        <translation>Images PNG (*.png);;Images SVG (*.svg);;Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart exported to %1</source>
        <translation>Graphique exporté vers %1</translation>
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
        <translation>%1&#xa0;: %2 paramètres&#xa0;; exemples de l’article&#xa0;: %3&#xa0;; point idéal&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <location filename="../core/store/storeworker.cpp" line="+56"/>
        <source>The history database %1 is closed.</source>
        <translation>La base d’historique %1 est fermée.</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <location filename="../core/providers/targetspec.cpp" line="+24"/>
        <source>bad target “%1”: %2 (expected KIND:MODEL@BASE_URL, e.g. openai:tiny@http://127.0.0.1:8080/v1)</source>
        <translation>cible incorrecte «&#xa0;%1&#xa0;»&#xa0;: %2 (attendu&#xa0;: KIND:MODEL@BASE_URL, p. ex. openai:tiny@http://127.0.0.1:8080/v1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no kind</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind “%1”; use openai, anthropic or ollama</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez openai, anthropic ou ollama</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no @http:// or @https:// base URL</source>
        <translation>aucune URL de base @http:// ou @https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no model</source>
        <translation>aucun modèle</translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <location filename="../core/compare/templateexpander.cpp" line="+96"/>
        <source>Unknown template variable(s) %1: give each a value or remove it from the prompt</source>
        <translation>Variable(s) de gabarit de prompt inconnue(s) %1&#xa0;: donnez une valeur à chacune ou retirez-la du prompt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the system prompt: %1</source>
        <translation>Dans le prompt système&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the user prompt: %1</source>
        <translation>Dans le prompt utilisateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <location filename="../core/catalog/tier.cpp" line="+39"/>
        <source>Tiny</source>
        <translation>Très petit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frontier</source>
        <translation>Frontière</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt; 1B</source>
        <translation>&lt; 1B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embeddings, classification</source>
        <translation>Plongements, classification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–7B</source>
        <translation>1–7B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-device, high-volume</source>
        <translation>Sur l’appareil, gros volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7–70B</source>
        <translation>7–70B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex tasks, balanced</source>
        <translation>Tâches complexes, équilibre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>70B+</source>
        <translation>70B+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning, multi-modal</source>
        <translation>Raisonnement, multimodal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research, hardest tasks</source>
        <translation>Recherche, tâches les plus difficiles</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>by parameter count</source>
        <translation>selon le nombre de paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>guessed from the price band (size not published)</source>
        <translation>estimé d’après la tranche de prix (taille non publiée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by leaderboard score (closed model, size not published)</source>
        <translation>selon le score au classement (modèle fermé, taille non publiée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown (no size and no real price published)</source>
        <translation>inconnu (ni taille ni prix réel publiés)</translation>
    </message>
</context>
<context>
    <name>TierMap</name>
    <message>
        <location filename="../core/routing/tiermap.cpp" line="+26"/>
        <source>the article&apos;s price</source>
        <translation>le prix de l’article</translation>
    </message>
</context>
<context>
    <name>TierRules</name>
    <message>
        <location filename="../core/decision/tierrules.cpp" line="+40"/>
        <source>Reasoning on a complex task</source>
        <translation>Raisonnement sur une tâche complexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-step reasoning is not required</source>
        <translation>Le raisonnement multi-étapes n’est pas requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-step reasoning is required, but the complexity is %1, not %2</source>
        <translation>Le raisonnement multi-étapes est requis, mais la complexité est %1, et non %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-step reasoning is required and the complexity is %1: a large model is needed</source>
        <translation>Le raisonnement multi-étapes est requis et la complexité est %1&#xa0;: un grand modèle est nécessaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strict latency</source>
        <translation>Latence stricte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max latency %1 ms is under %2 ms: the model must run on-device</source>
        <translation>La latence max. de %1 ms est inférieure à %2 ms&#xa0;: le modèle doit tourner sur l’appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency %1 ms is not under %2 ms</source>
        <translation>La latence max. de %1 ms n’est pas inférieure à %2 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tight budget at high volume</source>
        <translation>Budget serré à gros volume</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Max cost %1 per 1,000 requests is under %2 and %3 requests per day is over %4: only a small model is affordable</source>
        <translation>Le coût max. de %1 pour 1&#xa0;000 requêtes est inférieur à %2 et %3 requêtes par jour dépassent %4&#xa0;: seul un petit modèle est abordable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max cost %1 per 1,000 requests is under %2, but %3 requests per day is not over %4</source>
        <translation>Le coût max. de %1 pour 1&#xa0;000 requêtes est inférieur à %2, mais %3 requêtes par jour ne dépassent pas %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max cost %1 per 1,000 requests is not under %2 (%3 requests per day is over %4)</source>
        <translation>Le coût max. de %1 pour 1&#xa0;000 requêtes n’est pas inférieur à %2 (%3 requêtes par jour dépassent %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max cost %1 per 1,000 requests is not under %2, and %3 requests per day is not over %4</source>
        <translation>Le coût max. de %1 pour 1&#xa0;000 requêtes n’est pas inférieur à %2, et %3 requêtes par jour ne dépassent pas %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Long context</source>
        <translation>Contexte long</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context length %1 tokens is over %2: a large model is needed for long context</source>
        <translation>La longueur de contexte de %1 jetons dépasse %2&#xa0;: un grand modèle est nécessaire pour un contexte long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context length %1 tokens is not over %2</source>
        <translation>La longueur de contexte de %1 jetons ne dépasse pas %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simple task</source>
        <translation>Tâche simple</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Complexity is %1, not %2</source>
        <translation>La complexité est %1, et non %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The task is simple and min accuracy %1 is under %2: a tiny model is enough</source>
        <translation>La tâche est simple et l’exactitude min. de %1 est inférieure à %2&#xa0;: un très petit modèle suffit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task is simple, but min accuracy %1 is not under %2: a small model is needed</source>
        <translation>La tâche est simple, mais l’exactitude min. de %1 n’est pas inférieure à %2&#xa0;: un petit modèle est nécessaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medium-complexity task</source>
        <translation>Tâche de complexité intermédiaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The task is of medium complexity and min accuracy %1 is under %2: a small model is enough</source>
        <translation>La tâche est de complexité intermédiaire et l’exactitude min. de %1 est inférieure à %2&#xa0;: un petit modèle suffit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task is of medium complexity and min accuracy %1 is not under %2: a medium model is needed</source>
        <translation>La tâche est de complexité intermédiaire et l’exactitude min. de %1 n’est pas inférieure à %2&#xa0;: un modèle intermédiaire est nécessaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balanced default</source>
        <translation>Défaut équilibré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier rule applies (complexity %1, no multi-step reasoning): a medium model is the balanced default</source>
        <translation>Aucune règle précédente ne s’applique (complexité %1, pas de raisonnement multi-étapes)&#xa0;: un modèle intermédiaire est le choix par défaut équilibré</translation>
    </message>
</context>
<context>
    <name>ValidationAssessor</name>
    <message>
        <location filename="../core/routing/validationassessor.cpp" line="+42"/>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not empty</source>
        <translation>non vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pattern %1 is not a valid regular expression: %2</source>
        <translation>le motif %1 n’est pas une expression régulière valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches %1</source>
        <translation>correspond à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer does not match %1</source>
        <translation>la réponse ne correspond pas à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer is not valid JSON: %1</source>
        <translation>la réponse n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is JSON but not an object</source>
        <translation>la réponse est du JSON mais pas un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON has the keys %1</source>
        <translation>le JSON a les clés %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the JSON lacks the keys %1</source>
        <translation>il manque au JSON les clés %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid JSON</source>
        <translation>JSON valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed: %1</source>
        <translation>réussi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VoteRatings</name>
    <message>
        <location filename="../core/eval/voteratings.cpp" line="+87"/>
        <source>Could not read the votes: %1</source>
        <translation>Impossible de lire les votes : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the voted runs: %1</source>
        <translation>Impossible de lire les exécutions votées : %1</translation>
    </message>
</context>
<context>
    <name>VoteRepository</name>
    <message>
        <location filename="../core/store/voterepository.cpp" line="+76"/>
        <source>Cannot store the vote on run %1 in %2: %3</source>
        <translation>Impossible d’enregistrer le vote sur l’exécution %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot store the rating of run %1 in %2: %3</source>
        <translation>Impossible d’enregistrer la note de l’exécution %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read votes from %1: %2</source>
        <translation>Impossible de lire les votes depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read ratings from %1: %2</source>
        <translation>Impossible de lire les notes depuis %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
