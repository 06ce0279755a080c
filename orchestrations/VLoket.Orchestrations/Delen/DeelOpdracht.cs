using VLoket.Domain.Delen;

namespace VLoket.Orchestrations.Delen;

/// <summary>
/// What the sharing workflow starts from: the outbox row's change (which fields, when). No values, so no personal data
/// sits in the workflow's inputs; the delivery reads the current values itself.
/// </summary>
public sealed record DeelOpdracht(string WijzigingId, string VCode, List<string> Velden, DateTimeOffset Tijdstip)
{
    public static DeelOpdracht Van(UitgaandeWijziging wijziging) => new(wijziging.WijzigingId, wijziging.VCode, wijziging.Velden, wijziging.Tijdstip);
}

/// <summary>An agency that receives the change, with the changed fields its legal basis covers and that basis.</summary>
public sealed record Ontvanger(string OvoCode, string Naam, List<string> Velden, string Rechtsgrond);

/// <summary>Who receives the change, and how deliveries are retried (settings read by the activity, so replays see the same).</summary>
public sealed record Ontvangers(List<Ontvanger> Lijst, DelenInstellingen Herhaling);

/// <summary>One delivery (a branch of the sharing workflow); <see cref="Tijdstip"/> fixes its log row's key.</summary>
public sealed record LeveringOpdracht(string LeveringId, string WijzigingId, string VCode, Ontvanger Ontvanger, DateTimeOffset Tijdstip, DelenInstellingen Herhaling)
{
    /// <summary>A delivery's id and idempotency key: the change and the agency, so each agency gets each change once.</summary>
    public static string Id(string wijzigingId, string ovoCode) => $"{wijzigingId}-{ovoCode}";
}

/// <summary>The delivery activity's input.</summary>
public sealed record Bezorging(string LeveringId, string WijzigingId, string VCode, string OvoCode, List<string> Velden, string Rechtsgrond, DateTimeOffset Tijdstip);

/// <summary>How a sharing ended: per agency, the delivery's result.</summary>
public sealed record DelenUitkomst(string WijzigingId, Dictionary<string, string> Resultaten);

/// <summary>Events the sharing workflow waits for.</summary>
public static class LeveringEvents
{
    /// <summary>An operator asks to try the stuck delivery to <paramref name="ovoCode"/> again (payload: the reason).</summary>
    public static string OpnieuwVoor(string ovoCode) => $"Opnieuw-{ovoCode}";
}
