using System.Text.Json;
using VLoket.Domain;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Tests.Domain;

/// <summary>The reservation a lending service's answers ask for: checked against today when made, trusted when stored.</summary>
public sealed class ReservatieAntwoordenTests
{
    static readonly DateOnly Vandaag = new(2026, 12, 7);

    static Dictionary<string, string> Antwoorden(string van, string tot) =>
        new() { ["materiaal"] = "Tent", ["aantal"] = "2", ["ophaaldatum"] = van, ["terugbrengdatum"] = tot };

    [Fact]
    public void Een_dag_verder_dan_twee_jaar_vooruit_wordt_geweigerd_op_zijn_veld()
    {
        var fout = Assert.Throws<DomeinFout>(() =>
            ReservatieAntwoorden.Lees(DienstCodes.InfrastructuurMateriaal, Antwoorden("2028-12-07", "2028-12-08"), Vandaag));

        Assert.Equal(["antwoorden.terugbrengdatum"], fout.Fouten.Select(f => f.Veld));
        Assert.Equal(ReservatieAntwoorden.TeVerVooruit, fout.Fouten[0].Melding);
        Assert.Equal(new ReservatieWens("tent", 2, new(2028, 12, 7), new(2028, 12, 7)),
            ReservatieAntwoorden.Lees(DienstCodes.InfrastructuurMateriaal, Antwoorden("2028-12-07", "2028-12-07"), Vandaag));
    }

    // The dossier's answer (and the list's summary) reads the reservation from the stored answers. Checked against a date
    // (DateOnly.MinValue stood for "no today") it lost every reservation once days were held to two years ahead.
    [Fact]
    public void Een_bewaarde_reservatie_wordt_gelezen_zonder_ze_aan_vandaag_te_toetsen()
    {
        var dossier = new Dossier
        {
            DossierId = "D1", VCode = "V0001001", Productnummer = "9204", Dienstnaam = "Uitleendienst", Entiteit = "OVO004021", Instantienaam = "Gent",
            Soort = DossierSoort.Reservatie, Status = new DossierStatus(Fasen.Goedgekeurd, "Bevestigd"), Statusgeschiedenis = [],
            AangemaaktOp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Antwoorden = Antwoorden("2025-01-10", "2025-01-11").ToDictionary(a => a.Key, a => JsonSerializer.SerializeToElement(a.Value)),
        };

        Assert.Equal(new ReservatieWens("tent", 2, new(2025, 1, 10), new(2025, 1, 11)), DossierSamenvatting.ReservatieVan(dossier));
    }
}
