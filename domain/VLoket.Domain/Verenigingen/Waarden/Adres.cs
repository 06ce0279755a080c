namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// A postal address of a location. Belgian addresses must lie in Flanders: the postcode must be in the
/// <see cref="PostcodeRegister"/> and the municipality must fit it.
/// </summary>
public sealed record Adres
{
    /// <summary>How a Belgian address's country is stored, whatever spelling was typed.</summary>
    public const string Belgie = "België";

    // Compared after case and accent folding, so "belgië", "BELGIE" and "Be" all match.
    static readonly HashSet<string> NamenVoorBelgie = ["belgie", "belgium", "be", "belgique", "belgien"];

    Adres(string straatnaam, string huisnummer, string? busnummer, string postcode, string gemeente, string land)
    {
        Straatnaam = straatnaam;
        Huisnummer = huisnummer;
        Busnummer = busnummer;
        Postcode = postcode;
        Gemeente = gemeente;
        Land = land;
    }

    public string Straatnaam { get; }

    public string Huisnummer { get; }

    public string? Busnummer { get; }

    public string Postcode { get; }

    /// <summary>For a Belgian address, the register's spelling of the post name or municipality that was typed.</summary>
    public string Gemeente { get; }

    public string Land { get; }

    public bool IsInBelgie => IsBelgie(Land);

    /// <summary>
    /// Key for spotting the same location entered twice: case, accents, spaces and punctuation are ignored.
    /// For a Belgian address the municipality is left out, since the postcode already fixes it
    /// ("9030 Mariakerke" and "9030 Gent" are the same place).
    /// </summary>
    public string VergelijkSleutel
    {
        get
        {
            var plaats = IsInBelgie
                ? $"be|{TekstNormalisatie.Sleutel(Postcode)}"
                : $"{TekstNormalisatie.Sleutel(Land)}|{TekstNormalisatie.Sleutel(Postcode)}|{TekstNormalisatie.Sleutel(Gemeente)}";
            return $"{plaats}|{TekstNormalisatie.Sleutel(Straatnaam)}|{TekstNormalisatie.Sleutel(Huisnummer)}|{TekstNormalisatie.Sleutel(Busnummer ?? string.Empty)}";
        }
    }

    /// <summary>
    /// Validates user input. All problems are reported together, each on its own sub-field
    /// (<c>veld.straatnaam</c>, <c>veld.postcode</c>, …).
    /// </summary>
    public static Adres Create(
        string? straatnaam,
        string? huisnummer,
        string? busnummer,
        string? postcode,
        string? gemeente,
        string? land,
        string veld)
    {
        var fouten = new FoutVerzamelaar();
        var straat = fouten.Probeer(() => Tekst.Verplicht(straatnaam, Veldpad.Onder(veld, "straatnaam"), 200));
        var nummer = fouten.Probeer(() => Tekst.Verplicht(huisnummer, Veldpad.Onder(veld, "huisnummer"), 30));
        var bus = fouten.Probeer(() => Tekst.Optioneel(busnummer, Veldpad.Onder(veld, "busnummer"), 30));
        var code = fouten.Probeer(() => Tekst.Verplicht(postcode, Veldpad.Onder(veld, "postcode"), 20));
        var plaats = fouten.Probeer(() => Tekst.Verplicht(gemeente, Veldpad.Onder(veld, "gemeente"), 100));
        var landNaam = fouten.Probeer(() => Tekst.Verplicht(land, Veldpad.Onder(veld, "land"), 100));

        if (landNaam is not null && IsBelgie(landNaam))
        {
            landNaam = Belgie;
            if (code is not null)
            {
                plaats = ControleerInVlaanderen(code, plaats, veld, fouten);
            }
        }

        fouten.GooiAlsFouten();
        return new Adres(straat!, nummer!, bus, code!, plaats!, landNaam!);
    }

    /// <summary>Rebuilds an address read from storage; it was validated when it was stored.</summary>
    public static Adres Hydrate(
        string straatnaam,
        string huisnummer,
        string? busnummer,
        string postcode,
        string gemeente,
        string land) =>
        new(straatnaam, huisnummer, busnummer, postcode, gemeente, land);

    /// <summary>True for the ways people write Belgium: België, Belgie, Belgium, BE (also Belgique, Belgien).</summary>
    public static bool IsBelgie(string? land) =>
        land is not null && NamenVoorBelgie.Contains(TekstNormalisatie.VergelijkVorm(land));

    public override string ToString()
    {
        var bus = Busnummer is null ? string.Empty : $" bus {Busnummer}";
        return $"{Straatnaam} {Huisnummer}{bus}, {Postcode} {Gemeente}, {Land}";
    }

    static string? ControleerInVlaanderen(string postcode, string? gemeente, string veld, FoutVerzamelaar fouten)
    {
        if (postcode.Length != 4 || !Cijfers.ZijnAlleCijfers(postcode))
        {
            fouten.Voeg(Veldpad.Onder(veld, "postcode"), "Een Belgische postcode bestaat uit 4 cijfers, zoals 9000.");
            return gemeente;
        }

        var register = PostcodeRegister.Instance;
        if (register.Zoek(postcode) is not { } info)
        {
            fouten.Voeg(
                Veldpad.Onder(veld, "postcode"),
                $"Postcode {postcode} ligt niet in Vlaanderen. Het loket ondersteunt enkel adressen in Vlaanderen.");
            return gemeente;
        }

        if (gemeente is null)
        {
            return null;
        }

        if (register.OfficieleNaam(postcode, gemeente) is { } officieel)
        {
            return officieel;
        }

        var namen = info.Postnamen.Append(info.Gemeente).Distinct(StringComparer.Ordinal).ToList();
        var opsomming = namen.Count == 1
            ? namen[0]
            : string.Join(", ", namen.SkipLast(1)) + " of " + namen[^1];
        fouten.Voeg(
            Veldpad.Onder(veld, "gemeente"),
            $"Deze gemeente past niet bij postcode {postcode}. Bij die postcode hoort {opsomming}.");
        return gemeente;
    }
}
