using System.Text.Json.Serialization;

namespace VLoket.Domain.Meldingen;

/// <summary>The kinds of e-mail the loket sends; a representative chooses per kind how to receive them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MailSoort>))]
public enum MailSoort
{
    /// <summary>An agency asks something about an application ("Actie nodig").</summary>
    Vraag,

    /// <summary>A decision arrived: approved or refused.</summary>
    Beslissing,

    /// <summary>A reservation is held and must be confirmed ("Actie nodig"); sent at the hold and at half its time.</summary>
    Reservatie,

    /// <summary>An application's deadline is near.</summary>
    Termijn,

    /// <summary>A service that applies to the association opens or is about to close.</summary>
    Dienstvenster,

    /// <summary>An invitation to become a representative.</summary>
    Uitnodiging,
}

/// <summary>How a representative wants a kind of mail: at once, bundled once a day, or not at all.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MailKeuze>))]
public enum MailKeuze
{
    Onmiddellijk,
    Dagelijks,
    Geen,
}

/// <summary>What the kinds mean for people: their Dutch names and which ones cannot be switched off.</summary>
public static class MailSoorten
{
    /// <summary>Kinds that ask the association to act ("Actie nodig"): "none" becomes the daily digest.</summary>
    public static readonly IReadOnlySet<MailSoort> ActieNodig = new HashSet<MailSoort> { MailSoort.Vraag, MailSoort.Reservatie };

    /// <summary>The kinds a representative sets preferences for (an invitation goes to someone who is not one yet).</summary>
    public static readonly IReadOnlyList<MailSoort> Instelbaar =
        [MailSoort.Vraag, MailSoort.Beslissing, MailSoort.Reservatie, MailSoort.Termijn, MailSoort.Dienstvenster];

    public static string Naam(MailSoort soort) => soort switch
    {
        MailSoort.Vraag => "Vragen van een instantie",
        MailSoort.Beslissing => "Beslissingen",
        MailSoort.Reservatie => "Reservaties om te bevestigen",
        MailSoort.Termijn => "Termijnen die naderen",
        MailSoort.Dienstvenster => "Diensten die openen of sluiten",
        MailSoort.Uitnodiging => "Uitnodigingen",
        _ => soort.ToString(),
    };

    /// <summary>The choice that holds: "none" for an "Actie nodig" kind is the daily digest.</summary>
    public static MailKeuze Geldend(MailSoort soort, MailKeuze keuze) =>
        keuze == MailKeuze.Geen && ActieNodig.Contains(soort) ? MailKeuze.Dagelijks : keuze;
}
