using System.Web;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Tests.Bijlagen;

/// <summary>The agency's download links: signed by the loket, for one agency, dossier and document, until they expire.</summary>
public sealed class BijlageLinksTests
{
    sealed class Klok(DateTimeOffset nu) : TimeProvider
    {
        public DateTimeOffset Nu { get; set; } = nu;

        public override DateTimeOffset GetUtcNow() => Nu;
    }

    static readonly Uri Callback = new("https://loket.example/api/instanties/OVO002949/callbacks");

    [Fact]
    public void Een_link_werkt_tot_hij_verloopt_en_alleen_voor_wat_hij_noemt()
    {
        var klok = new Klok(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var links = BijlageLinks.Van("een-geheim-van-minstens-32-tekens-lang", klok);

        var (url, verloopt) = links.Maak(Callback, "OVO002949", "Dabc", "Bdef");
        var query = HttpUtility.ParseQueryString(url.Query);
        string? tot = query["verloopt"], handtekening = query["handtekening"];

        Assert.Equal("/api/instanties/OVO002949/bijlagen/Dabc/Bdef", url.AbsolutePath);
        Assert.Equal(klok.Nu + BijlageLinks.Geldigheid, verloopt);
        Assert.True(links.Klopt("OVO002949", "Dabc", "Bdef", tot, handtekening));
        Assert.False(links.Klopt("OVO004021", "Dabc", "Bdef", tot, handtekening));
        Assert.False(links.Klopt("OVO002949", "Dxyz", "Bdef", tot, handtekening));
        Assert.False(links.Klopt("OVO002949", "Dabc", "Bxyz", tot, handtekening));
        Assert.False(links.Klopt("OVO002949", "Dabc", "Bdef", (long.Parse(tot!) + 86400).ToString(), handtekening));
        Assert.False(BijlageLinks.Van("een-ander-geheim-van-minstens-32-tekens", klok).Klopt("OVO002949", "Dabc", "Bdef", tot, handtekening));

        klok.Nu += BijlageLinks.Geldigheid + TimeSpan.FromSeconds(1);
        Assert.False(links.Klopt("OVO002949", "Dabc", "Bdef", tot, handtekening));
    }
}
