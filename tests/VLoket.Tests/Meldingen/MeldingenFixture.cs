using System.Net;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Meldingen;

/// <summary>
/// The application fixture with mail sent to the test run's smtp4dev and a deadline reminder 15 s after an application
/// starts, plus a helper to give the representative a notification address of the test's own.
/// </summary>
public class MeldingenFixture : AanvraagFixture
{
    protected override bool MetMail => true;

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[VLoket.Functions.Meldingen.MeldingOpties.TermijnVoorafSetting] = "00:01:45";
        return settings;
    }

    /// <summary>A fresh address, unique in this test run.</summary>
    public static string NieuwAdres(string wie = "vertegenwoordiger") => $"{wie}-{Guid.NewGuid():N}@test.vloket.be";

    /// <summary>Gives the signed-in representative of <see cref="AanvraagFixture.VCode"/> the address <paramref name="adres"/>; returns their id.</summary>
    public async Task<int> ZetAdresAsync(string adres)
    {
        var v = await Vertegenwoordiger.GetAsync($"api/verenigingen/{VCode}");
        var ik = v.Json["vertegenwoordigers"]!.AsArray().First(w => w!["isPrimair"]!.GetValue<bool>())!;
        int id = ik["vertegenwoordigerId"]!.GetValue<int>();
        var r = await Vertegenwoordiger.PatchAsync($"api/verenigingen/{VCode}/vertegenwoordigers/{id}", new { eMail = adres }, v.ETag);
        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        return id;
    }

    /// <summary>The mails about <paramref name="dossierId"/> with this subject.</summary>
    public static Func<OntvangenMail, bool> Over(string dossierId, string onderwerp) =>
        m => m.Onderwerp == onderwerp && m.Tekst.Contains(dossierId, StringComparison.Ordinal);
}
