using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using VLoket.Domain.Delen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Configuratie;

namespace VLoket.Tests.Delen;

/// <summary>Which fields count as changed, what a legal basis covers, and how legal bases are configured.</summary>
public sealed class GedeeldeVeldenTests
{
    static readonly Vereniging Basis = new()
    {
        VCode = "V0001001",
        Verenigingstype = Codelijsten.FeitelijkeVereniging,
        Naam = "Club",
        Doelgroep = new Doelgroep(0, 150),
        Contactgegevens = [new Contactgegeven(1, "Telefoon", "0412345678", null, true, Herkomst.Vereniging)],
        Bankrekeningnummers = [new Bankrekeningnummer(2, "BE68 5390 0754 7034", "Werking", ["Club"], [])],
    };

    [Fact]
    public void Een_nieuw_e_mailadres_wijzigt_alleen_e_mail()
    {
        var na = Basis with { Contactgegevens = [.. Basis.Contactgegevens, new Contactgegeven(3, "E-mail", "a@b.be", null, true, Herkomst.Vereniging)] };
        Assert.Equal([GedeeldeVelden.EMail], GedeeldeVelden.Gewijzigd(Basis, na));
    }

    [Fact]
    public void Naam_of_een_bevestiging_van_een_rekening_delen_niets()
    {
        var na = Basis with
        {
            Naam = "Andere naam",
            Bankrekeningnummers = [Basis.Bankrekeningnummers[0] with { BevestigdDoor = [new BevestigdDoor("OVO002949", "Cultuur")] }],
        };
        Assert.Empty(GedeeldeVelden.Gewijzigd(Basis, na));
    }

    [Fact]
    public void Een_rechtsgrond_dekt_alleen_zijn_velden()
    {
        var grond = new Rechtsgrond("OVO003103", "Reglement", [GedeeldeVelden.Adres, GedeeldeVelden.Bankrekeningnummers]);
        Assert.Empty(grond.Dekt([GedeeldeVelden.EMail]));
        Assert.Equal([GedeeldeVelden.Adres], grond.Dekt([GedeeldeVelden.EMail, GedeeldeVelden.Adres]));
    }

    [Fact]
    public void Geconfigureerde_rechtsgronden_met_een_onbekend_veld_houden_de_start_tegen()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VLoket:Instanties:OVO000001:Rechtsgrond"] = "Decreet, art. 1",
            ["VLoket:Instanties:OVO000001:Velden"] = "e-mail, adres",
            ["VLoket:Instanties:OVO000002:Rechtsgrond"] = "Decreet, art. 2",
            ["VLoket:Instanties:OVO000002:Velden"] = "e-mail, rijksregister",
        }).Build();
        IHostEnvironment productie = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production };

        var fout = Assert.Throws<InvalidOperationException>(() => DelenOpties.Rechtsgronden(config, productie));
        Assert.Contains("rijksregister", fout.Message);

        config["VLoket:Instanties:OVO000002:Velden"] = "telefoon";
        var gronden = DelenOpties.Rechtsgronden(config, productie);
        Assert.Equal([GedeeldeVelden.EMail, GedeeldeVelden.Adres], gronden.Zoek("OVO000001")!.Velden);
        // Outside Development the simulator's agencies get no demo legal basis.
        Assert.Null(gronden.Zoek("OVO002949"));
    }
}
