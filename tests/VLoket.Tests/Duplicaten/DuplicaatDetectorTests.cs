using VLoket.Domain.Duplicaten;

namespace VLoket.Tests.Duplicaten;

/// <summary>The domain.md examples and the behaviours the score promises, one at a time.</summary>
public sealed class DuplicaatDetectorTests
{
    static readonly string[] Gent = ["Gent"];
    readonly DuplicaatDetector detector = new();

    [Fact]
    public void Domain_example_KSA_Sint_Jan_Gent_and_KSA_St_Jan_in_9000_are_duplicates()
    {
        Assert.True(detector.IsDuplicaat("K.S.A. Sint-Jan Gent", "KSA St Jan", Gent));
    }

    [Fact]
    public void Domain_example_Voetbalclub_Gent_and_Volleybalclub_Gent_are_not_duplicates()
    {
        Assert.False(detector.IsDuplicaat("Voetbalclub Gent", "Volleybalclub Gent", Gent));
    }

    [Theory]
    [InlineData("Chiro Sint-Pieter", "Chrio Sint-Pieter")] // swapped letters
    [InlineData("Kinderkoor De Notenkrakers", "Kinderkoor Notekrakers")] // dropped letter
    [InlineData("Harmonie Sint-Cecilia", "Harmonie Sint-Cicilia")] // wrong letter
    public void Tolerates_typos(string a, string b)
    {
        Assert.True(detector.IsDuplicaat(a, b, Gent));
    }

    [Fact]
    public void Tolerates_word_order()
    {
        Assert.Equal(1.0, detector.Score("Kajakclub De Peddelaars", "De Peddelaars Kajakclub", Gent), 6);
    }

    [Theory]
    [InlineData("Koninklijke Fanfare Sint-Cecilia vzw", "Fanfare Sint-Cecilia")]
    [InlineData("Gemengd Koor Cantate Domino", "Koor Cantate Domino")]
    [InlineData("Davidsfonds Afdeling Gent", "Davidsfonds")]
    public void Tolerates_missing_words(string a, string b)
    {
        Assert.True(detector.IsDuplicaat(a, b, Gent));
    }

    [Fact]
    public void A_contained_name_is_a_duplicate_only_while_it_carries_enough_of_the_longer_one()
    {
        Assert.True(detector.IsDuplicaat("OKRA", "Seniorenvereniging OKRA", Gent));
        Assert.False(detector.IsDuplicaat("KSA", "KSA Sint-Jan Oost", Gent));
    }

    [Theory]
    [InlineData("Katholieke Landelijke Jeugd Sint-Jan", "KLJ Sint-Jan")]
    [InlineData("Koninklijke Voetbalvereniging Zwijnaarde", "K.V. Zwijnaarde")]
    [InlineData("Volleybalclub Gentbrugge", "VC Gentbrugge")]
    public void Recognises_initialisms(string a, string b)
    {
        Assert.True(detector.IsDuplicaat(a, b, Gent));
    }

    [Theory]
    [InlineData("Chiro Sint-Jan", "Chiro Sint-Pieter")] // another parish
    [InlineData("KSA Oost", "KSA West")] // another district
    [InlineData("Scouts 12de Gent", "Scouts 14de Gent")] // another unit number
    [InlineData("KSA Sint-Jan", "KLJ Sint-Jan")] // one letter of an acronym is another movement
    [InlineData("Seniorenraad Gent", "Seniorenvereniging Gent")] // a council is not a club
    public void A_replaced_word_that_carries_identity_is_not_forgiven(string a, string b)
    {
        Assert.False(detector.IsDuplicaat(a, b, Gent));
    }

    [Fact]
    public void Falls_back_to_the_full_names_when_one_is_only_the_municipality()
    {
        // Without the fallback "Gent vzw" would have no words left and match nothing, or everything.
        Assert.Empty(NaamNormalisatie.Tokens("Gent vzw", Gent));
        Assert.True(detector.IsDuplicaat("Gent", "Gent vzw", Gent));
        Assert.True(detector.IsDuplicaat("Sint-Niklaas", "St.-Niklaas", ["Sint-Niklaas"]));
        Assert.InRange(detector.Score("Gent vzw", "Chiro Gent", Gent), 0.01, detector.Drempel - 0.01);
    }

    [Fact]
    public void Identical_names_score_one_and_unrelated_names_zero()
    {
        Assert.Equal(1.0, detector.Score("Chiro Sint-Jan", "Chiro Sint-Jan", Gent), 6);
        Assert.Equal(0.0, detector.Score("Chiro Sint-Jan", "Tennisclub Ter Linde", Gent), 6);
        Assert.Equal(0.0, detector.Score("...", "Chiro", Gent), 6);
    }

    [Fact]
    public void Score_is_symmetric_and_within_zero_and_one_on_the_labelled_set()
    {
        Assert.All(GelabeldeParen.Alle, p =>
        {
            var ab = detector.Score(p.NaamA, p.NaamB, p.Gemeentenamen);
            var ba = detector.Score(p.NaamB, p.NaamA, p.Gemeentenamen);
            Assert.InRange(ab, 0, 1);
            Assert.Equal(ab, ba, 9);
        });
    }

    [Fact]
    public void Uses_the_standard_threshold_by_default_and_a_given_one_otherwise()
    {
        Assert.Equal(DuplicaatDetector.StandaardDrempel, detector.Drempel);
        var streng = new DuplicaatDetector(1.0);
        Assert.True(streng.IsDuplicaat("K.S.A. Sint-Jan", "KSA St Jan", Gent));
        Assert.False(streng.IsDuplicaat("Chiro Sint-Pieter", "Chrio Sint-Pieter", Gent));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Rejects_a_threshold_outside_zero_and_one(double drempel)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicaatDetector(drempel));
    }
}
