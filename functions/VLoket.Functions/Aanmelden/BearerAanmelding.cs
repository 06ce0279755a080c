using Microsoft.AspNetCore.Http;

namespace VLoket.Functions.Aanmelden;

/// <summary>
/// Reads the bearer token of a request and, when valid, makes its person the request's user.
/// Runs in the Functions app (as a worker middleware) and in the local host (as an ASP.NET Core middleware):
/// one piece of code for both.
/// </summary>
public sealed class BearerAanmelding(TokenDienst tokens)
{
    public async Task AanmeldenAsync(HttpContext context)
    {
        string? header = context.Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var gebruiker = await tokens.ValideerAsync(header["Bearer ".Length..].Trim());
        if (gebruiker is not null)
        {
            context.User = gebruiker;
        }
    }
}
