using VLoket.Domain.Duplicaten;
using Xunit.Abstractions;

namespace VLoket.Tests.Duplicaten;

/// <summary>
/// The blocking index must find exactly the names that scoring every name finds: it may only skip work, never a match.
/// Checked on the labelled set and on a generated corpus full of typos, initialisms and compounds, at several thresholds.
/// </summary>
public sealed class KandidatenIndexTests(ITestOutputHelper output)
{
    static readonly string[] Gent = ["Gent"];

    [Fact]
    public void Every_labelled_pair_is_found_through_the_index_exactly_when_its_score_reaches_the_threshold()
    {
        var detector = new DuplicaatDetector();
        int tp = 0, fp = 0, fn = 0;
        foreach (var paar in GelabeldeParen.Alle)
        {
            // The other names of the set as neighbours, so the search has to choose among many keys.
            var index = new KandidatenIndex<string>(paar.Gemeentenamen, detector);
            index.Zet("b", paar.NaamB, "b");
            int n = 0;
            foreach (var ander in GelabeldeParen.Alle.Where(p => p.NaamB != paar.NaamB && p.NaamA != paar.NaamA).Take(40))
            {
                index.Zet($"x{n++}", ander.NaamB, "x");
            }

            bool viaIndex = index.Zoek(paar.NaamA).Any(m => m.Waarde == "b");
            bool volledig = detector.IsDuplicaat(paar.NaamA, paar.NaamB, paar.Gemeentenamen);
            Assert.True(viaIndex == volledig, $"{paar}: index {viaIndex}, volledige score {volledig}");
            switch (viaIndex, paar.IsDuplicaat)
            {
                case (true, true): tp++; break;
                case (true, false): fp++; break;
                case (false, true): fn++; break;
            }
        }

        // The same figures as the detector alone (DuplicaatDetectorKwaliteitTests): 0.957 and 1.000 when this was written.
        double precisie = tp / (double)(tp + fp), recall = tp / (double)(tp + fn);
        output.WriteLine($"precisie {precisie:F3}, recall {recall:F3}");
        Assert.True(precisie >= 0.95, $"precisie {precisie:F3}");
        Assert.Equal(1.0, recall);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.7)]
    [InlineData(0.6)]
    public void On_a_corpus_with_typos_the_index_finds_the_same_matches_as_scoring_every_name(double drempel)
    {
        var detector = new DuplicaatDetector(drempel);
        var namen = Corpus(new Random(7), 170);
        var index = new KandidatenIndex<int>(Gent, detector);
        for (int i = 0; i < namen.Count; i++)
        {
            index.Zet(i.ToString(), namen[i], i);
        }

        long gescoord = 0;
        int matches = 0;
        for (int q = 0; q < namen.Count; q++)
        {
            var verwacht = Enumerable.Range(0, namen.Count)
                .Where(i => i != q && detector.Score(namen[q], namen[i], Gent) >= drempel).ToHashSet();
            var gevonden = index.Zoek(namen[q], behalve: q.ToString()).Select(m => m.Waarde).ToHashSet();
            Assert.True(verwacht.SetEquals(gevonden),
                $"'{namen[q]}': gemist {string.Join(" | ", verwacht.Except(gevonden).Select(i => namen[i]))}; teveel {string.Join(" | ", gevonden.Except(verwacht).Select(i => namen[i]))}");
            gescoord += index.AantalKandidaten(namen[q]);
            matches += verwacht.Count;
        }

        output.WriteLine($"drempel {drempel}: {matches} matches; {gescoord / (double)namen.Count:F1} kandidaten per zoekvraag op {namen.Count} namen");
        Assert.True(matches > namen.Count / 2, "the corpus must hold many matches to mean something");
    }

    [Fact]
    public void A_search_scores_the_candidates_not_the_municipality()
    {
        var detector = new DuplicaatDetector();
        var index = new KandidatenIndex<int>(Gent, detector);
        var namen = Corpus(new Random(3), 2000);
        for (int i = 0; i < namen.Count; i++)
        {
            index.Zet(i.ToString(), namen[i], i);
        }

        index.Zet("x", "Schaakclub De Witte Toren", -1);

        // Schaak and Witte carry enough weight: the common words (klub, toren) are not looked up.
        int kandidaten = index.AantalKandidaten("Schaakklub Witte Toren");
        output.WriteLine($"{kandidaten} kandidaten van {index.Aantal}");
        Assert.InRange(kandidaten, 1, index.Aantal / 8);
        Assert.Contains(index.Zoek("Schaakklub Witte Toren"), m => m.Waarde == -1);
    }

    [Fact]
    public void A_renamed_or_removed_name_is_no_longer_found()
    {
        var index = new KandidatenIndex<string>(Gent, new DuplicaatDetector());
        index.Zet("v1", "Chiro Sint-Jan", "v1");
        index.Zet("v1", "Volleybalclub De Kouter", "v1");
        Assert.Empty(index.Zoek("Chiro Sint-Jan"));
        Assert.Single(index.Zoek("Volleybalclub Kouter"));

        index.Verwijder("v1");
        Assert.Empty(index.Zoek("Volleybalclub Kouter"));
        Assert.Equal(0, index.Aantal);
    }

    [Fact]
    public void The_same_name_filed_again_keeps_it_found_with_the_new_value_and_leaves_its_namesakes()
    {
        // A delta read files this instance's own writes once more: the name stays found, under the value read last.
        var index = new KandidatenIndex<string>(Gent, new DuplicaatDetector());
        index.Zet("v1", "Chiro Sint-Jan", "eerst");
        index.Zet("v2", "Chiro Sint-Jan", "ander");
        index.Zet("v1", "Chiro Sint-Jan", "daarna");

        Assert.Equal(["ander", "daarna"], index.Zoek("Chiro Sint-Jan").Select(m => m.Waarde).Order());
        Assert.Equal(2, index.Aantal);

        index.Verwijder("v2");
        Assert.Equal(["daarna"], index.Zoek("Chiro Sint-Jan").Select(m => m.Waarde));
    }

    [Fact]
    public void A_name_that_is_only_the_municipality_is_still_compared()
    {
        var index = new KandidatenIndex<string>(Gent, new DuplicaatDetector());
        index.Zet("v1", "Gent vzw", "v1");
        index.Zet("v2", "Chiro Sint-Jan", "v2");

        Assert.Equal(["v1"], index.Zoek("Gent").Select(m => m.Waarde));
    }

    static readonly string[] Soorten = ["Chiro", "KSA", "KLJ", "Scouts", "Voetbalclub", "Volleybalclub", "Tennisclub", "Fanfare",
        "Harmonie", "Koor", "Toneelgroep", "Buurtcomité", "Oudervereniging", "Seniorenvereniging", "Jeugdhuis", "Katholieke Landelijke Jeugd",
        "Koninklijke Voetbalvereniging", "KV", "Chiro Meisjes", "Chiromeisjes", "Schaakclub", "Gezinsbond"];

    static readonly string[] Namen = ["Sint-Jan", "Sint-Pieter", "Sint-Martinus", "De Eendracht", "Ons Genoegen", "De Vrijheid", "Den Dries",
        "Heilig Hart", "Sint-Cecilia", "De Toekomst", "Vooruit", "De Linde", "'t Pleintje", "Sint-Amandus", "De Kouter", "Het Anker",
        "Gent", "12de", "Oost", "West", "De Notenkrakers", "Witte Toren"];

    /// <summary>Names from a few parts, with typos (a dropped, doubled, swapped or wrong letter) in one of three.</summary>
    static List<string> Corpus(Random random, int aantal)
    {
        var namen = new List<string>();
        for (int i = 0; i < aantal; i++)
        {
            string naam = $"{Soorten[random.Next(Soorten.Length)]} {Namen[random.Next(Namen.Length)]}";
            if (random.Next(4) == 0)
            {
                naam += " " + Namen[random.Next(Namen.Length)];
            }

            namen.Add(random.Next(3) == 0 ? Typfout(random, naam) : naam);
        }

        return namen;
    }

    static string Typfout(Random random, string naam)
    {
        int p = random.Next(1, naam.Length - 1);
        return random.Next(4) switch
        {
            0 => naam.Remove(p, 1),
            1 => naam.Insert(p, naam[p].ToString()),
            2 => naam[..p] + naam[p + 1] + naam[p] + naam[(p + 2)..],
            _ => naam[..p] + (char)('a' + random.Next(26)) + naam[(p + 1)..],
        };
    }
}
