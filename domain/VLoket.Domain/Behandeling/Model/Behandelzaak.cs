namespace VLoket.Domain.Behandeling.Model;

/// <summary>Where an application stands in an agency's inbox (the case worker's view, not the association's phase).</summary>
public static class Toestanden
{
    /// <summary>Submitted; nobody took it yet.</summary>
    public const string Nieuw = "nieuw";

    /// <summary>A case worker handles it.</summary>
    public const string InBehandeling = "in-behandeling";

    /// <summary>The agency asked the association something and waits for the answer.</summary>
    public const string WachtOpVereniging = "wacht-op-vereniging";

    /// <summary>Approved or refused.</summary>
    public const string Beslist = "beslist";

    /// <summary>The association cancelled.</summary>
    public const string Geannuleerd = "geannuleerd";

    public static readonly IReadOnlyList<string> Alle = [Nieuw, InBehandeling, WachtOpVereniging, Beslist, Geannuleerd];

    public static bool IsOpen(string toestand) => toestand is Nieuw or InBehandeling or WachtOpVereniging;
}

/// <summary>
/// An application as the behandelloket holds it for the agency: what the loket submitted through the connector contract
/// (answers and known data, exactly what an external agency would receive), the inbox fields, who handles it, and the
/// exchanges with the association. <see cref="ZaakId"/> is the case number the association sees.
/// </summary>
public sealed record Behandelzaak
{
    public required string ZaakId { get; init; }
    public required string DossierId { get; init; }
    public required string OvoCode { get; init; }
    public required string VCode { get; init; }
    public required string Verenigingsnaam { get; init; }
    public string? Gemeente { get; init; }
    public required string Productnummer { get; init; }
    public required string Dienstnaam { get; init; }
    public required string Toestand { get; init; }

    /// <summary>The normalised phase reported to the loket (<c>Fasen</c>) and its label.</summary>
    public required string Fase { get; init; }
    public required string Label { get; init; }
    public required DateTimeOffset IngediendOp { get; init; }

    /// <summary>The end of the service's handling term: after it, an open case is overdue.</summary>
    public required DateTimeOffset Uiterlijk { get; init; }

    /// <summary>When the case last changed state (the inbox shows how long it has waited since).</summary>
    public required DateTimeOffset WachtSinds { get; init; }

    /// <summary>The case worker it is assigned to (a pseudonymous id, never an INSZ), and their name.</summary>
    public string? ToegewezenAan { get; init; }
    public string? ToegewezenNaam { get; init; }
    public Dictionary<string, string> Antwoorden { get; init; } = [];

    /// <summary>Known data the loket submitted (source code → value).</summary>
    public Dictionary<string, string> Gegevens { get; init; } = [];

    /// <summary>The open question to the association, if any.</summary>
    public string? Vraag { get; init; }
    public List<Uitwisseling> Gesprek { get; init; } = [];
    public Besluit? Besluit { get; init; }

    /// <summary>How many reports the case has sent the loket; each report's event id is unique by it.</summary>
    public int Meldingen { get; init; }

    /// <summary>
    /// When a team lead reopened the decision, while the association's dossier and its workflow may not follow yet; null once
    /// they do. Reopening writes the case, the dossier and the workflow one after the other, so the case says what is left.
    /// </summary>
    public DateTimeOffset? HeropendOp { get; init; }
}

/// <summary>A question or an answer exchanged with the association.</summary>
public sealed record Uitwisseling(DateTimeOffset Tijdstip, string Van, string Tekst);

/// <summary>The decision: <see cref="Uitkomst"/> is <c>Goedgekeurd</c> or <c>Afgekeurd</c>.</summary>
public sealed record Besluit(string Uitkomst, string Motivering, DateTimeOffset BeslistOp, string BeslistDoor, string? DocumentNaam, string? DocumentType = null);

/// <summary>One line of the inbox.</summary>
public sealed record Inboxregel(
    string ZaakId, string DossierId, string VCode, string Verenigingsnaam, string? Gemeente, string Productnummer, string Dienstnaam,
    string Toestand, string Fase, DateTimeOffset IngediendOp, DateTimeOffset WachtSinds, DateTimeOffset Uiterlijk, string? ToegewezenAan,
    string? ToegewezenNaam, bool TeLaat, int WachtDagen);

/// <summary>One page of the inbox; <see cref="Vervolg"/> fetches the next, null on the last.</summary>
public sealed record Inboxpagina(string OvoCode, IReadOnlyList<Inboxregel> Items, string? Vervolg);

/// <summary>What the inbox is filtered on; null means any.</summary>
public sealed record Inboxfilter(string? Toestand = null, string? Productnummer = null, string? Fase = null, string? Gemeente = null, string? Zoek = null);
