using VLoket.Domain;

namespace VLoket.Tests.Domain;

/// <summary>Asserts on the field errors a value object reports, so tests check the field path and the message, not just "it threw".</summary>
static class DomeinFoutAssert
{
    /// <summary>The single error thrown by <paramref name="create"/>.</summary>
    public static VeldFout EenFout(Func<object?> create)
    {
        var fout = Assert.Throws<DomeinFout>(() => create());
        return Assert.Single(fout.Fouten);
    }

    /// <summary>Every error thrown by <paramref name="create"/>.</summary>
    public static IReadOnlyList<VeldFout> Fouten(Func<object?> create) =>
        Assert.Throws<DomeinFout>(() => create()).Fouten;
}
