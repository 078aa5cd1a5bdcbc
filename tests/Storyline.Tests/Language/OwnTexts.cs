namespace Storyline.Tests.Language;

/// <summary>Short news texts in several languages, written for these tests (about a storm barrier in an invented port).</summary>
internal static class OwnTexts
{
    public const string English =
        "Mayor Helen Okafor gave the construction company 72 hours on Wednesday to hand over the maintenance records of the tidal barrier, " +
        "after part of the structure collapsed during a spring tide on Tuesday night. \"This barrier was supposed to last a hundred years,\" " +
        "she told reporters outside the town hall. About 1,200 people were evacuated from their homes and 14 suffered minor injuries, " +
        "according to the fire service.";

    public const string Spanish =
        "La alcaldesa Helena Ruiz dio el miércoles a la empresa constructora 72 horas para entregar los registros de mantenimiento de la " +
        "barrera mareal, después de que una parte de la estructura se derrumbara durante la marea viva del martes por la noche. " +
        "\"Esta barrera debía durar cien años\", dijo Ruiz a los periodistas frente al ayuntamiento. Según el servicio de emergencias, " +
        "unas 1.200 personas fueron evacuadas de sus casas y 14 sufrieron heridas leves.";

    public const string German =
        "Bürgermeisterin Helene Roth hat dem Bauunternehmen am Mittwoch eine Frist von 72 Stunden gesetzt, um die Wartungsunterlagen " +
        "für das Sperrwerk vorzulegen, nachdem ein Teil der Anlage in der Nacht zum Dienstag bei einer Springflut eingestürzt war. " +
        "\"Dieses Sperrwerk sollte hundert Jahre halten\", sagte Roth vor dem Rathaus. Nach Angaben der Feuerwehr mussten rund 1.200 " +
        "Menschen ihre Häuser verlassen, 14 wurden leicht verletzt.";

    public const string French =
        "La maire a donné mercredi à l'entreprise de construction un délai de 72 heures pour remettre les registres d'entretien du " +
        "barrage, après l'effondrement d'une partie de l'ouvrage pendant la grande marée de mardi soir. Selon les pompiers, environ " +
        "1 200 personnes ont été évacuées de leurs maisons et quatorze ont été légèrement blessées dans la nuit.";

    public const string Italian =
        "La sindaca ha dato mercoledì all'impresa di costruzioni 72 ore per consegnare i registri di manutenzione della barriera, dopo " +
        "che una parte della struttura è crollata durante la marea di martedì sera. Secondo i vigili del fuoco, circa 1.200 persone " +
        "sono state evacuate dalle loro case e quattordici sono rimaste ferite in modo lieve.";

    public const string Portuguese =
        "A prefeita deu na quarta-feira à construtora um prazo de 72 horas para entregar os registros de manutenção da barreira, depois " +
        "que uma parte da estrutura desabou durante a maré alta da noite de terça. Segundo os bombeiros, cerca de 1.200 pessoas foram " +
        "retiradas das suas casas e catorze ficaram feridas sem gravidade.";

    public const string Dutch =
        "De burgemeester heeft het bouwbedrijf woensdag 72 uur gegeven om de onderhoudsgegevens van de stormvloedkering te overhandigen, " +
        "nadat een deel van het bouwwerk dinsdagavond bij springtij was ingestort. Volgens de brandweer zijn ongeveer 1.200 mensen uit " +
        "hun huizen geëvacueerd en raakten veertien mensen licht gewond.";

    public const string Russian =
        "Мэр города в среду дала строительной компании 72 часа, чтобы передать журналы обслуживания защитной дамбы, после того как " +
        "часть сооружения обрушилась во время сильного прилива во вторник вечером. По данным пожарной службы, из своих домов были " +
        "эвакуированы около 1200 человек, а четырнадцать получили лёгкие травмы.";
}
