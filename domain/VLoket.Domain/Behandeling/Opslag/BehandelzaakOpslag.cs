using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Behandeling.Opslag;

/// <summary>
/// The behandelloket's cases (<c>Behandelzaken</c>), one partition per agency (OVO code), so an agency's inbox is one
/// partition query and a case worker's query can never reach another agency's rows. Three kinds of rows:
/// <c>z|{dossierId}</c> the case (JSON); <c>i|{uiterlijk ticks}|{dossierId}</c> its inbox line in plain columns, so the
/// partition reads in order of the handling term's end — overdue first — and filters run in the storage service;
/// <c>m|{id}</c> a colleague seen in the back office; <c>h|{dossierId}</c> a reopening its dossier and workflow may not
/// follow yet (see <see cref="Behandelzaak.HeropendOp"/>). A case, its inbox line and its mark are written in one transaction.
/// </summary>
public sealed class BehandelzaakOpslag(Tabellen tabellen)
{
    public const string Tabel = "Behandelzaken";
    public const int MaxPaginaGrootte = 200;
    const string InboxBegin = "i|";
    const string InboxEinde = "i}";
    const string HeropeningBegin = "h|";
    const string HeropeningEinde = "h}";

    public async Task<(Behandelzaak Zaak, ETag Versie)?> LeesAsync(string ovoCode, string dossierId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(ovoCode, ZaakSleutel(dossierId), cancellationToken: ct);
        return e.HasValue ? (JsonEigenschappen.Lees<Behandelzaak>(e.Value!), e.Value!.ETag) : null;
    }

    /// <summary>Adds a new case; false when the dossier already has one (a repeated submission).</summary>
    public async Task<bool> VoegToeAsync(Behandelzaak zaak, CancellationToken ct = default)
    {
        try
        {
            await SchrijfAsync(zaak, null, ct);
            return true;
        }
        catch (TableTransactionFailedException fout) when (fout.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Writes a changed case under its version; someone else's change in between is a <see cref="VersieConflictFout"/>.</summary>
    public async Task BewaarAsync(Behandelzaak zaak, ETag versie, CancellationToken ct = default)
    {
        try
        {
            await SchrijfAsync(zaak, versie, ct);
        }
        catch (TableTransactionFailedException fout) when (fout.Status == 412)
        {
            throw new VersieConflictFout();
        }
    }

    /// <summary>
    /// Writes the case whose reopening its dossier and workflow now follow (<see cref="Behandelzaak.HeropendOp"/> cleared),
    /// and removes its mark, in one transaction; someone else's change in between is a <see cref="VersieConflictFout"/>.
    /// </summary>
    public async Task SluitHeropeningAsync(Behandelzaak zaak, ETag versie, CancellationToken ct = default)
    {
        try
        {
            await SchrijfAsync(zaak with { HeropendOp = null }, versie, ct,
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(zaak.OvoCode, HeropeningSleutel(zaak.DossierId)), ETag.All));
        }
        catch (TableTransactionFailedException fout) when (fout.Status == 404 && fout.FailedTransactionActionIndex == 2)
        {
            // The mark was gone already (removed by hand, or by the sweep): the case is written without it.
            await BewaarAsync(zaak with { HeropendOp = null }, versie, ct);
        }
        catch (TableTransactionFailedException fout) when (fout.Status == 412)
        {
            throw new VersieConflictFout();
        }
    }

    /// <summary>Removes a reopening's mark whose case no longer says it was reopened; removing one that is gone is fine.</summary>
    public async Task VerwijderHeropeningAsync(string ovoCode, string dossierId, CancellationToken ct = default) =>
        await (await tabellen.TabelAsync(Tabel)).DeleteEntityAsync(ovoCode, HeropeningSleutel(dossierId), ETag.All, ct);

    /// <summary>The agency's reopenings that their dossier and workflow may not follow yet: dossier id and when.</summary>
    public async Task<IReadOnlyList<(string DossierId, DateTimeOffset HeropendOp)>> OpenHeropeningenAsync(string ovoCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var open = new List<(string, DateTimeOffset)>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {ovoCode} and RowKey gt {HeropeningBegin} and RowKey lt {HeropeningEinde}"), cancellationToken: ct))
        {
            open.Add((e.GetString("DossierId"), e.GetDateTimeOffset("HeropendOp")!.Value));
        }

        return open;
    }

    async Task SchrijfAsync(Behandelzaak zaak, ETag? versie, CancellationToken ct, TableTransactionAction? extra = null)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var rij = new TableEntity(zaak.OvoCode, ZaakSleutel(zaak.DossierId));
        JsonEigenschappen.Schrijf(rij, zaak);
        var lijn = Inboxlijn(zaak);
        List<TableTransactionAction> acties =
        [
            versie is { } v ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, rij, v) : new TableTransactionAction(TableTransactionActionType.Add, rij),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, lijn),
        ];
        if (zaak.HeropendOp is { } heropend)
        {
            // A mark the sweep finds with one range read, written with the case so neither exists without the other.
            acties.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(zaak.OvoCode, HeropeningSleutel(zaak.DossierId))
            {
                ["DossierId"] = zaak.DossierId, ["HeropendOp"] = heropend,
            }));
        }

        if (extra is not null)
        {
            acties.Add(extra);
        }

        await tabel.SubmitTransactionAsync(acties, ct);
    }

    /// <summary>
    /// One page of the inbox in order of the handling term's end, filtered in the storage service (name search, which
    /// the service cannot do, on the lines it returns). <paramref name="vervolg"/> is the previous page's token.
    /// </summary>
    public async Task<Inboxpagina> InboxAsync(string ovoCode, Inboxfilter filter, int grootte, string? vervolg, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (grootte is < 1 or > MaxPaginaGrootte)
        {
            throw new DomeinFout("aantal", $"Kies een paginagrootte van 1 tot {MaxPaginaGrootte}.");
        }

        string na = InboxBegin;
        if (!string.IsNullOrEmpty(vervolg))
        {
            na = Ontcijfer(vervolg) is { } sleutel && sleutel.StartsWith(InboxBegin, StringComparison.Ordinal)
                ? sleutel
                : throw new DomeinFout("vervolg", "Dit vervolgtoken is ongeldig; vraag de eerste pagina opnieuw op.");
        }

        var delen = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {ovoCode} and RowKey gt {na} and RowKey lt {InboxEinde}") };
        Voeg(delen, "Toestand", filter.Toestand);
        Voeg(delen, "Productnummer", filter.Productnummer);
        Voeg(delen, "Fase", filter.Fase);
        Voeg(delen, "Gemeente", filter.Gemeente);
        string? naam = null;
        if (filter.Zoek is { Length: > 0 } zoek)
        {
            if (IsVCode(zoek))
            {
                Voeg(delen, "VCode", zoek.ToUpperInvariant());
            }
            else
            {
                naam = zoek.ToLowerInvariant();
            }
        }

        var tabel = await tabellen.TabelAsync(Tabel);
        var gevonden = new List<TableEntity>(grootte + 1);
        await foreach (var e in tabel.QueryAsync<TableEntity>(string.Join(" and ", delen), Math.Min(1000, grootte + 1), cancellationToken: ct))
        {
            if (naam is null || (e.GetString("Zoeknaam") ?? string.Empty).Contains(naam, StringComparison.Ordinal))
            {
                gevonden.Add(e);
                if (gevonden.Count > grootte)
                {
                    break;
                }
            }
        }

        bool meer = gevonden.Count > grootte;
        var pagina = gevonden.Take(grootte).ToList();
        return new Inboxpagina(ovoCode, pagina.Select(e => Regel(e, nu)).ToList(), meer ? Versleutel(pagina[^1].RowKey) : null);
    }

    /// <summary>Notes a colleague seen in the back office (for assigning); written at most once a day per person.</summary>
    public async Task ZieCollegaAsync(string ovoCode, Collega collega, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = new TableEntity(ovoCode, "m|" + collega.Id);
        JsonEigenschappen.Schrijf(e, collega);
        await tabel.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    public async Task<Collega?> CollegaAsync(string ovoCode, string id, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(ovoCode, "m|" + id, cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<Collega>(e.Value!) : null;
    }

    public async Task<IReadOnlyList<Collega>> CollegasAsync(string ovoCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var lijst = new List<Collega>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ovoCode} and RowKey gt {"m|"} and RowKey lt {"m}"}"), cancellationToken: ct))
        {
            lijst.Add(JsonEigenschappen.Lees<Collega>(e));
        }

        return lijst.OrderBy(c => c.Naam, StringComparer.CurrentCulture).ToList();
    }

    static void Voeg(List<string> delen, string kolom, string? waarde)
    {
        if (!string.IsNullOrEmpty(waarde))
        {
            delen.Add($"{kolom} eq {TableClient.CreateQueryFilter($"{waarde}")}");
        }
    }

    static bool IsVCode(string tekst) => tekst.Length is > 1 and <= 12 && (tekst[0] is 'V' or 'v') && tekst[1..].All(char.IsAsciiDigit);

    static string ZaakSleutel(string dossierId) => "z|" + dossierId;

    static string HeropeningSleutel(string dossierId) => HeropeningBegin + dossierId;

    /// <summary>The inbox line's key: the end of the handling term, then the dossier; stable, since the term never moves.</summary>
    public static string InboxSleutel(Behandelzaak zaak) =>
        $"{InboxBegin}{zaak.Uiterlijk.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{zaak.DossierId}";

    static TableEntity Inboxlijn(Behandelzaak z) => new(z.OvoCode, InboxSleutel(z))
    {
        ["ZaakId"] = z.ZaakId,
        ["DossierId"] = z.DossierId,
        ["VCode"] = z.VCode,
        ["Naam"] = z.Verenigingsnaam,
        ["Zoeknaam"] = z.Verenigingsnaam.ToLowerInvariant(),
        ["Gemeente"] = z.Gemeente,
        ["Productnummer"] = z.Productnummer,
        ["Dienstnaam"] = z.Dienstnaam,
        ["Toestand"] = z.Toestand,
        ["Fase"] = z.Fase,
        ["IngediendOp"] = z.IngediendOp,
        ["WachtSinds"] = z.WachtSinds,
        ["Uiterlijk"] = z.Uiterlijk,
        ["ToegewezenAan"] = z.ToegewezenAan,
        ["ToegewezenNaam"] = z.ToegewezenNaam,
    };

    static Inboxregel Regel(TableEntity e, DateTimeOffset nu)
    {
        string toestand = e.GetString("Toestand")!;
        var uiterlijk = e.GetDateTimeOffset("Uiterlijk")!.Value;
        var sinds = e.GetDateTimeOffset("WachtSinds")!.Value;
        return new Inboxregel(e.GetString("ZaakId")!, e.GetString("DossierId")!, e.GetString("VCode")!, e.GetString("Naam")!, e.GetString("Gemeente"),
            e.GetString("Productnummer")!, e.GetString("Dienstnaam")!, toestand, e.GetString("Fase")!, e.GetDateTimeOffset("IngediendOp")!.Value, sinds,
            uiterlijk, e.GetString("ToegewezenAan"), e.GetString("ToegewezenNaam"), Toestanden.IsOpen(toestand) && nu > uiterlijk,
            (int)Math.Max(0, (nu - sinds).TotalDays));
    }

    static string Versleutel(string sleutel) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sleutel));

    static string? Ontcijfer(string token)
    {
        try
        {
            return token.Length < 400 ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
