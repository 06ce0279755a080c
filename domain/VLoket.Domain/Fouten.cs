namespace VLoket.Domain;

/// <summary>
/// The resource does not exist, or the caller may not see it: both answer 404, so nobody learns which associations exist.
/// </summary>
public sealed class NietGevondenFout(string melding) : Exception(melding);

/// <summary>The caller's version (If-Match) is no longer the stored one: someone else changed it first. Answers 412.</summary>
public sealed class VersieConflictFout()
    : Exception("De gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw en probeer nog eens.");

/// <summary>A write needs the version the caller last read (If-Match). Answers 428.</summary>
public sealed class VersieVereistFout()
    : Exception("Geef de versie mee die je laatst las (header If-Match), zodat je geen wijzigingen van anderen overschrijft.");

/// <summary>A rule about the request as a whole (not one field), e.g. changing KBO data. Answers 400.</summary>
public sealed class RegelFout(string melding, string? veld = null) : Exception(melding)
{
    public string? Veld { get; } = veld;
}

/// <summary>The request carries no valid sign-in. Answers 401.</summary>
public sealed class NietAangemeldFout() : Exception("Je bent niet aangemeld.");

/// <summary>The request conflicts with the resource's state (e.g. answering a dossier that asks nothing). Answers 409.</summary>
public sealed class ConflictFout(string melding) : Exception(melding);

/// <summary>
/// The caller is known but may not do this, and may know why (e.g. adding a vzw without a mandate at KBO). Answers 403,
/// with a message that says who can.
/// </summary>
public sealed class GeenToegangFout(string melding) : Exception(melding);
