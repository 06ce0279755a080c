using CsCheck;
using VLoket.Domain;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

/// <summary>
/// The one-pass <see cref="Invarianten"/> against the pairwise rule it replaced, as a model: for random lists with clashes,
/// random touched items and fields, both blame the same fields with the same messages.
/// </summary>
public sealed class InvariantenModelTests
{
    static readonly string[] Types = ["E-mail", "Telefoon"];
    static readonly string[] Waarden = ["a@club.be", "A@club.be", "b@club.be", "0412345678", "+32 412 34 56 78", "0498000000"];

    static Gen<Contactgegeven> Contact(int id) => Gen.Select(Gen.Int[0, 1], Gen.Int[0, 2], Gen.Bool, (t, w, p) =>
        new Contactgegeven(id, Types[t], Waarden[t * 3 + w], null, p, Herkomst.Vereniging));

    static Gen<Locatie> Locatie(int id) => Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Bool, (corr, nr, p) =>
        new Locatie(id, corr ? Codelijsten.Locatietypes.Correspondentie : "Activiteiten", null, p,
            new VLoket.Domain.Verenigingen.Model.Adres("Kerkstraat", (nr + 1).ToString(), null, "9000", "Gent", "België"), Herkomst.Vereniging));

    static readonly Gen<(Vereniging, HashSet<int>)> Gevallen =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], (nc, nl) => (nc, nl)).SelectMany(n =>
            Gen.Select(
                Enumerable.Range(0, n.nc).Select(Contact).Aggregate(Gen.Const(new List<Contactgegeven>()), (acc, g) => Gen.Select(acc, g, (l, x) => l.Append(x).ToList())),
                Enumerable.Range(100, n.nl).Select(Locatie).Aggregate(Gen.Const(new List<Locatie>()), (acc, g) => Gen.Select(acc, g, (l, x) => l.Append(x).ToList())),
                Gen.Int[0, 200].HashSet[0, 12],
                (c, l, aangeraakt) => (OpgeslagenVereniging.Maak() with { Contactgegevens = c, Locaties = l, Vertegenwoordigers = [], Bankrekeningnummers = [] },
                    aangeraakt.Select(i => i % 2 == 0 ? i % 7 : 100 + (i % 7)).ToHashSet())));

    [Fact]
    public void Een_doorgang_geeft_dezelfde_fouten_als_de_paarsgewijze_regel()
    {
        Gevallen.Sample((v, aangeraakt) =>
        {
            string? Pad(string lijst, int id) => aangeraakt.Contains(id) ? $"{lijst}[{id}]" : null;
            var fouten = new FoutVerzamelaar();
            Invarianten.Controleer(v, Pad, fouten);
            var nieuw = fouten.HeeftFouten ? Assert.Throws<DomeinFout>(fouten.GooiAlsFouten).Fouten.ToHashSet() : [];

            Assert.Equal(Model(v, Pad), nieuw);
        }, iter: 2_000);
    }

    // The rule as it was: a touched item clashes with every untouched item and with touched items before it.
    static HashSet<VeldFout> Model(Vereniging v, Func<string, int, string?> pad)
    {
        var fouten = new HashSet<VeldFout>();
        void Paarsgewijs<T>(List<T> items, Func<T, int> id, string lijst, Func<T, T, bool> botst, Func<string, T, VeldFout> fout)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (pad(lijst, id(items[i])) is not { } plek)
                {
                    continue;
                }

                bool raak = items.Where((x, j) => j != i && (pad(lijst, id(x)) is null || j < i)).Any(x => botst(items[i], x));
                if (raak)
                {
                    fouten.Add(fout(plek, items[i]));
                }
            }
        }

        string Sleutel(Contactgegeven c) => c.Type + "|" + ContactgegevenWaarde.Hydrate(c.Type, c.Waarde).VergelijkSleutel;
        string LSleutel(Locatie l) => string.Join('|', l.Locatietype, l.Naam ?? string.Empty,
            VLoket.Domain.Verenigingen.Waarden.Adres.Hydrate(l.Adres.Straatnaam, l.Adres.Huisnummer, l.Adres.Busnummer, l.Adres.Postcode, l.Adres.Gemeente, l.Adres.Land).VergelijkSleutel);
        Paarsgewijs(v.Contactgegevens, c => c.ContactgegevenId, "contactgegevens", (a, b) => Sleutel(a) == Sleutel(b),
            (p, _) => new VeldFout(OnderdeelRegels.Pad(p, "waarde"), "Dit contactgegeven staat er al bij."));
        Paarsgewijs(v.Contactgegevens, c => c.ContactgegevenId, "contactgegevens", (a, b) => a.IsPrimair && b.IsPrimair && a.Type == b.Type,
            (p, c) => new VeldFout(OnderdeelRegels.Pad(p, "isPrimair"), $"Er is al een primair contactgegeven van het type {c.Type}."));
        Paarsgewijs(v.Locaties, l => l.LocatieId, "locaties", (a, b) => LSleutel(a) == LSleutel(b),
            (p, _) => new VeldFout(p.Length == 0 ? "adres" : p, "Deze locatie staat er al bij."));
        Paarsgewijs(v.Locaties, l => l.LocatieId, "locaties", (a, b) => a.IsPrimair && b.IsPrimair,
            (p, _) => new VeldFout(OnderdeelRegels.Pad(p, "isPrimair"), "Er is al een primaire locatie."));
        Paarsgewijs(v.Locaties, l => l.LocatieId, "locaties",
            (a, b) => a.Locatietype == Codelijsten.Locatietypes.Correspondentie && b.Locatietype == Codelijsten.Locatietypes.Correspondentie,
            (p, _) => new VeldFout(OnderdeelRegels.Pad(p, "locatietype"), "Er is al een correspondentieadres. Een vereniging heeft er hoogstens één."));
        return fouten;
    }
}
