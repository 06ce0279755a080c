namespace VLoket.Agencies.Simulator.Bronnen;

/// <summary>
/// The demo's data at the three sources, made up in the shape of the real ones: An Peeters (chair of Chiro Sint-Jan
/// Gent) holds two youth-work attests; the Chiro is recognised by the Departement Cultuur, Jeugd en Media, which also
/// confirmed its account. The recognitions and the confirmation need the Chiro's vCode, so the host's demo setup
/// loads them after registering it (<see cref="LaadChiro"/>).
/// </summary>
public static class DemoData
{
    public const string InszAnPeeters = "78041212319";

    static readonly Instantie Cjm = new("OVO002949", "Departement Cultuur, Jeugd en Media");

    public static readonly IReadOnlyList<Attest> AttestenAnPeeters =
    [
        new("ATT-2019-04417", "Animator in het jeugdwerk", "2019-07-12", null, Cjm),
        new("ATT-2022-01893", "Hoofdanimator", "2022-04-30", null, Cjm),
    ];

    /// <summary>The Chiro's recognitions (one active, one expired) and the confirmation of its account.</summary>
    public static void LaadChiro(BronnenGegevens bronnen, string vCode, string iban, DateOnly vandaag)
    {
        var product = new IpdcProduct("1502", "Erkenning als jeugdwerkorganisatie");
        bronnen.ZetErkenningen(vCode,
        [
            new("ERK-2024-0711", product, Cjm, $"{vandaag.Year - 1}-01-01", $"{vandaag.Year + 2}-12-31", $"{vandaag.Year + 2}-09-30"),
            new("ERK-2018-0233", product, Cjm, "2018-01-01", $"{vandaag.Year - 2}-12-31"),
        ]);
        bronnen.ZetBevestigingen(vCode, iban, [new Bankbevestiging(Cjm, $"{vandaag.Year - 1}-03-15")]);
    }
}
