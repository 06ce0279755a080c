namespace VLoket.Domain.Delen;

/// <summary>The outcome of a delivery as its log shows it.</summary>
public static class Leveringsresultaten
{
    /// <summary>The agency accepted the change.</summary>
    public const string Bezorgd = "Bezorgd";

    /// <summary>Every attempt failed: kept for operators, retried when one asks (or by itself later).</summary>
    public const string Vastgelopen = "Vastgelopen";

    /// <summary>Not a delivery: a case worker of the agency opened an application in the behandelloket and saw these data.</summary>
    public const string Ingezien = "Ingezien";
}

/// <summary>
/// One delivery of one change to one agency, as logged for the association and, while stuck, listed for operators.
/// <see cref="LeveringId"/> is <c>{wijzigingId}-{ovoCode}</c>, also the idempotency key. No INSZ: only field names, never values.
/// A read in the behandelloket is logged the same way (<see cref="Leveringsresultaten.Ingezien"/>), with the case worker's
/// name in <see cref="Door"/> and the dossier id as <see cref="WijzigingId"/>.
/// </summary>
public sealed record Gegevensdeling(
    string LeveringId, string WijzigingId, string VCode, string OvoCode, string Instantienaam, List<string> Velden, string Rechtsgrond,
    DateTimeOffset Tijdstip, string Resultaat, int Pogingen, string? LaatsteFout, DateTimeOffset BijgewerktOp, string? Door = null);

/// <summary>One page of the log; <c>Vervolg</c> fetches the next page, null on the last one.</summary>
public sealed record GegevensdelingPagina(string VCode, IReadOnlyList<Gegevensdeling> Items, string? Vervolg);
