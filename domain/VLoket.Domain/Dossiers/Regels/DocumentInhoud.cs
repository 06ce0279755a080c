using VLoket.Domain.Dossiers.Opslag;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>A document that arrives as base64 (from the association or an agency), decoded and checked before anything is stored.</summary>
public static class DocumentInhoud
{
    /// <summary>The checked content; <see cref="DomeinFout"/> naming <paramref name="veld"/>'s parts otherwise.</summary>
    public static byte[] Lees(DocumentInvoer document, string veld)
    {
        byte[] inhoud;
        try
        {
            inhoud = Convert.FromBase64String(document.InhoudBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new DomeinFout(Veldpad.Onder(veld, "inhoudBase64"), "De inhoud van het document is geen geldige base64.");
        }

        DocumentOpslag.Controleer(document.Naam, document.ContentType, inhoud, veld);
        return inhoud;
    }
}
