using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// Each representative's choice per kind of mail: partition = vCode, row = representative id. A kind without a stored
/// choice is sent at once. "None" for an "Actie nodig" kind is stored as the daily digest.
/// </summary>
public sealed class MailVoorkeuren(Tabellen tabellen)
{
    public const string Tabel = "MailVoorkeuren";

    public async Task<IReadOnlyDictionary<MailSoort, MailKeuze>> LeesAsync(string vCode, int vertegenwoordigerId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, Rij(vertegenwoordigerId), cancellationToken: ct);
        return Geldend(e.HasValue ? JsonEigenschappen.Lees<Dictionary<MailSoort, MailKeuze>>(e.Value!) : []);
    }

    /// <summary>
    /// Changes the choices named in <paramref name="wijzigingen"/> (kind and choice by their names); others stay. Unknown
    /// names are refused before anything is stored.
    /// </summary>
    public async Task<IReadOnlyDictionary<MailSoort, MailKeuze>> ZetAsync(string vCode, int vertegenwoordigerId,
        IReadOnlyDictionary<string, string> wijzigingen, CancellationToken ct = default)
    {
        var fouten = new List<VeldFout>();
        var gelezen = new Dictionary<MailSoort, MailKeuze>();
        foreach (var (naam, keuze) in wijzigingen)
        {
            if (!Enum.TryParse<MailSoort>(naam, ignoreCase: false, out var soort) || !MailSoorten.Instelbaar.Contains(soort))
            {
                fouten.Add(new VeldFout($"voorkeuren.{naam}", $"Onbekend soort bericht. Kies uit {string.Join(", ", MailSoorten.Instelbaar)}."));
            }
            else if (!Enum.TryParse<MailKeuze>(keuze, ignoreCase: false, out var k) || !Enum.IsDefined(k))
            {
                fouten.Add(new VeldFout($"voorkeuren.{naam}", "Kies 'Onmiddellijk', 'Dagelijks' of 'Geen'."));
            }
            else
            {
                gelezen[soort] = MailSoorten.Geldend(soort, k);
            }
        }

        if (fouten.Count > 0)
        {
            throw new DomeinFout(fouten);
        }

        // Written at the version read, read again when someone else wrote first: a one-click unsubscribe and a save of the
        // preferences page at the same moment both keep their own kinds.
        var tabel = await tabellen.TabelAsync(Tabel);
        for (int poging = 1; ; poging++)
        {
            var bestaand = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, Rij(vertegenwoordigerId), cancellationToken: ct);
            var huidig = new Dictionary<MailSoort, MailKeuze>(Geldend(bestaand.HasValue ? JsonEigenschappen.Lees<Dictionary<MailSoort, MailKeuze>>(bestaand.Value!) : []));
            foreach (var (soort, keuze) in gelezen)
            {
                huidig[soort] = keuze;
            }

            var e = new TableEntity(vCode, Rij(vertegenwoordigerId));
            JsonEigenschappen.Schrijf(e, huidig);
            try
            {
                await (bestaand.HasValue ? tabel.UpdateEntityAsync(e, bestaand.Value!.ETag, TableUpdateMode.Replace, ct) : tabel.AddEntityAsync(e, ct));
                return huidig;
            }
            catch (Azure.RequestFailedException fout) when (fout.Status is 409 or 412 && poging < MaxPogingen)
            {
            }
        }
    }

    const int MaxPogingen = 20;

    static Dictionary<MailSoort, MailKeuze> Geldend(IReadOnlyDictionary<MailSoort, MailKeuze> opgeslagen) =>
        MailSoorten.Instelbaar.ToDictionary(s => s, s => MailSoorten.Geldend(s, opgeslagen.GetValueOrDefault(s, MailKeuze.Onmiddellijk)));

    static string Rij(int vertegenwoordigerId) => vertegenwoordigerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
