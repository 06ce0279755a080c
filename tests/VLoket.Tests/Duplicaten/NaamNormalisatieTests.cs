using VLoket.Domain.Duplicaten;

namespace VLoket.Tests.Duplicaten;

/// <summary>One test per normalisation rule, so a failing rule is named by its test.</summary>
public sealed class NaamNormalisatieTests
{
    static readonly string[] GeenGemeenten = [];

    [Fact]
    public void Lowercases()
    {
        Assert.Equal("chiro harmonie", NaamNormalisatie.Normaliseer("CHIRO Harmonie", GeenGemeenten));
    }

    [Theory]
    [InlineData("Buurtcomité Heirnis", "buurtcomite heirnis")]
    [InlineData("Crèche Ôndine Müller", "creche ondine muller")]
    [InlineData("Société Ñandú", "societe nandu")]
    public void Strips_accents(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Theory]
    [InlineData("Wijkcomité Rabot-Blaisantvest", "wijkcomite rabot blaisantvest")]
    [InlineData("Toneel.Vrij/Vrolijk!", "toneel vrij vrolijk")]
    [InlineData("Fotoclub \"Objectief\" (1970)", "fotoclub objectief 1970")]
    [InlineData("D'Hondt-kring", "dhondt kring")]
    public void Treats_hyphens_dots_and_other_punctuation_as_separators(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Theory]
    [InlineData("K.S.A.", "ksa")]
    [InlineData("k.s.a. Sint-Jan", "ksa sint jan")]
    [InlineData("K S A Sint-Jan", "ksa sint jan")]
    [InlineData("Jong K.V.L.V.", "jong kvlv")]
    [InlineData("T.C. Ter Linde", "tc linde")]
    public void Joins_runs_of_single_letters(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Fact]
    public void Keeps_a_lone_letter_as_it_is()
    {
        Assert.Equal("volleybal dames a", NaamNormalisatie.Normaliseer("Volleybal Dames A", GeenGemeenten));
    }

    [Theory]
    [InlineData("K.V. 't Pleintje", "kv pleintje")]
    [InlineData("K.V. ’t Pleintje", "kv pleintje")]
    public void Does_not_glue_an_elided_article_to_initials(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Theory]
    [InlineData("Chiro St Jan", "chiro sint jan")]
    [InlineData("Chiro St. Jan", "chiro sint jan")]
    [InlineData("Chiro St.-Jan", "chiro sint jan")]
    [InlineData("Chiro St-Jan", "chiro sint jan")]
    [InlineData("Harmonie Ste-Cecilia", "harmonie sinte cecilia")]
    [InlineData("Kon. Harmonie", "koninklijke harmonie")]
    public void Expands_abbreviations(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Theory]
    [InlineData("Scouts 12de", "scouts 12")]
    [InlineData("Scouts 12e", "scouts 12")]
    [InlineData("Scouts 21ste", "scouts 21")]
    [InlineData("Voetbal U10", "voetbal u10")]
    public void Reduces_ordinals_to_their_number(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Theory]
    [InlineData("Vrienden van het Fort", "vrienden fort")]
    [InlineData("Jeugdhuis 't Kofschip vzw", "jeugdhuis kofschip")]
    [InlineData("De Vrolijke Vrienden V.Z.W.", "vrolijke vrienden")]
    [InlineData("Vrij en Vrolijk f.v.", "vrij vrolijk")]
    [InlineData("Vereniging voor Volkskunde in de Kempen", "vereniging volkskunde kempen")]
    public void Drops_stop_words_and_legal_forms(string naam, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, GeenGemeenten));
    }

    [Theory]
    [InlineData("KSA Sint-Jan Gent", new[] { "Gent" }, "ksa sint jan")]
    [InlineData("Chiro Sint-Niklaas", new[] { "Sint-Niklaas" }, "chiro")]
    [InlineData("Gezinsbond St-Niklaas", new[] { "Sint-Niklaas" }, "gezinsbond")]
    [InlineData("Chiro Sint-Jan Sint-Niklaas", new[] { "Sint-Niklaas" }, "chiro sint jan")]
    [InlineData("Chiro Kapelle-op-den-Bos", new[] { "Kapelle-op-den-Bos" }, "chiro")]
    [InlineData("Chiro Sint-Antonius Kessel-Lo", new[] { "Kessel Lo", "Leuven" }, "chiro sint antonius")]
    [InlineData("Gentse Feestcomité", new[] { "Gent" }, "gentse feestcomite")]
    public void Drops_municipality_names_as_whole_word_sequences(string naam, string[] gemeenten, string verwacht)
    {
        Assert.Equal(verwacht, NaamNormalisatie.Normaliseer(naam, gemeenten));
    }

    [Fact]
    public void A_name_that_is_only_the_municipality_normalises_to_nothing_but_keeps_its_basis_tokens()
    {
        Assert.Empty(NaamNormalisatie.Tokens("Gent vzw", ["Gent"]));
        Assert.Equal("", NaamNormalisatie.Normaliseer("Gent vzw", ["Gent"]));
        Assert.Equal(["gent", "vzw"], NaamNormalisatie.BasisTokens("Gent vzw"));
    }

    [Fact]
    public void Normaliseer_is_the_tokens_joined_by_spaces()
    {
        const string naam = "K.S.A. St.-Jan Gent vzw";
        Assert.Equal(["ksa", "sint", "jan"], NaamNormalisatie.Tokens(naam, ["Gent"]));
        Assert.Equal("ksa sint jan", NaamNormalisatie.Normaliseer(naam, ["Gent"]));
    }
}
