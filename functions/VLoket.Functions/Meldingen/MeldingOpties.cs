using Microsoft.Extensions.Configuration;
using VLoket.Domain.Meldingen;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Meldingen;

/// <summary>
/// Settings under <c>VLoket:Meldingen</c>: where links point, the mail server (an SMTP relay, or Azure Communication
/// Services Email over SMTP), backoff, and the sweep interval of the local host.
/// </summary>
public static class MeldingOpties
{
    public const string Sectie = "VLoket:Meldingen";
    public const string LoketUrlSetting = Sectie + ":LoketUrl";
    public const string ApiUrlSetting = Sectie + ":ApiUrl";
    public const string SmtpHostSetting = Sectie + ":Smtp:Host";
    public const string SmtpPoortSetting = Sectie + ":Smtp:Poort";
    public const string SmtpGebruikerSetting = Sectie + ":Smtp:Gebruiker";

    /// <summary>The relay's password or the ACS connection's key: a Key Vault reference in production, nothing in the repository.</summary>
    public const string SmtpWachtwoordSetting = Sectie + ":Smtp:Wachtwoord";

    /// <summary><c>StartTls</c> (default outside Development), <c>SslOnConnect</c> or <c>None</c> (smtp4dev).</summary>
    public const string SmtpTlsSetting = Sectie + ":Smtp:Tls";
    public const string AfzenderSetting = Sectie + ":Afzender";
    public const string WachtSetting = Sectie + ":Wacht";
    public const string MaxPogingenSetting = Sectie + ":MaxPogingen";
    public const string VeegIntervalSetting = Sectie + ":VeegInterval";
    /// <summary>How often the local host runs the daily digest (default one hour; a digest goes once per day anyway).</summary>
    public const string BundelIntervalSetting = Sectie + ":BundelInterval";
    public const string TermijnVoorafSetting = Sectie + ":TermijnVooraf";

    /// <summary>smtp4dev's SMTP port in Development (the host starts it there when nothing listens).</summary>
    public const int OntwikkelSmtpPoort = 2525;

    public static MailInstellingen Instellingen(IConfiguration c)
    {
        var i = new MailInstellingen
        {
            LoketUrl = c.Waarde(LoketUrlSetting) is { } l ? new Uri(l.EndsWith('/') ? l : l + "/") : null,
            ApiUrl = (c.Waarde(ApiUrlSetting) ?? c.Waarde("VLoket:PubliekeUrl")) is { } a ? new Uri(a.EndsWith('/') ? a : a + "/") : null,
        };
        i.Wacht = c.GetValue<TimeSpan?>(WachtSetting) ?? i.Wacht;
        i.MaxPogingen = c.GetValue<int?>(MaxPogingenSetting) ?? i.MaxPogingen;
        i.TermijnVooraf = c.GetValue<TimeSpan?>(TermijnVoorafSetting) ?? i.TermijnVooraf;
        return i;
    }

    /// <summary>What is wrong with the mail settings outside Development (an empty list when nothing is).</summary>
    public static IReadOnlyList<string> Fouten(IConfiguration c)
    {
        var fouten = new List<string>();
        if (c.Waarde(SmtpHostSetting) is null)
        {
            fouten.Add($"{SmtpHostSetting} is missing: the loket cannot send mail.");
        }

        if (c.Waarde(LoketUrlSetting) is not { } url || !url.StartsWith("https://", StringComparison.Ordinal))
        {
            fouten.Add($"{LoketUrlSetting} must be the front end's https address.");
        }

        if (c.Waarde(SmtpWachtwoordSetting) is { } w && Configuratie.Instellingen.IsOnopgelosteSleutelkluisVerwijzing(w))
        {
            fouten.Add($"{SmtpWachtwoordSetting} is an unresolved Key Vault reference: the secret is missing or the app's identity may not read it.");
        }

        if (string.Equals(c.Waarde(SmtpTlsSetting), "None", StringComparison.OrdinalIgnoreCase))
        {
            fouten.Add($"{SmtpTlsSetting}=None is for smtp4dev in Development only.");
        }

        return fouten;
    }
}
