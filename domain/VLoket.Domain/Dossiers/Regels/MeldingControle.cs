using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>Checks an agency's callback before anything is kept or raised: a bad one changes nothing.</summary>
public static class MeldingControle
{
    /// <summary>The longest event id an agency may send.</summary>
    public const int MaxEventId = 200;

    public static void Controleer(StatusWijziging wijziging)
    {
        var fouten = new FoutVerzamelaar();
        if (string.IsNullOrWhiteSpace(wijziging.EventId))
        {
            fouten.Voeg("eventId", "Elke statuswijziging heeft een eventId.");
        }
        else if (wijziging.EventId.Length > MaxEventId || wijziging.EventId.Any(char.IsControl))
        {
            fouten.Voeg("eventId", $"Een eventId heeft hoogstens {MaxEventId} tekens, zonder stuurtekens.");
        }

        if (string.IsNullOrWhiteSpace(wijziging.DossierId))
        {
            fouten.Voeg("dossierId", "De dossierId ontbreekt.");
        }

        if (string.IsNullOrWhiteSpace(wijziging.ZaakId))
        {
            fouten.Voeg("zaakId", "De zaakId ontbreekt.");
        }

        if (wijziging.Fase is null || !Fasen.VanInstantie.Contains(wijziging.Fase))
        {
            fouten.Voeg("fase", "Onbekende fase.");
        }

        if (string.IsNullOrWhiteSpace(wijziging.Label))
        {
            fouten.Voeg("label", "Het label ontbreekt.");
        }

        fouten.GooiAlsFouten();
    }
}
