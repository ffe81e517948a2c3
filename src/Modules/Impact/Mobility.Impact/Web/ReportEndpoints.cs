using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Impact.Reports;

namespace Mobility.Impact.Web;

/// <summary>
/// The stored reports over HTTP, for a signed-in browser (session cookie) or a script (bearer token): the list a
/// viewer may see at <c>/reports</c>, and each report at <c>/reports/{id}.html|.pdf|.csv</c>. Scoping is the use
/// cases' (<see cref="ReportAccess"/>): a report the viewer may not see answers 404, as one that does not exist.
/// </summary>
internal static class ReportEndpoints
{
    // Each request's use cases run in a scope of their own, made after authentication: the request's scope already
    // holds the Viewer resolved while the bearer token was being checked (anonymous then).

    public const string ReportsPath = "/reports";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReportsPath, ListAsync);
        endpoints.MapGet(ReportsPath + "/{id:guid}.{format}", DownloadAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IServiceScopeFactory scopes)
    {
        if (!IsSignedIn(context))
        {
            // A browser goes to the sign-in page and comes back; a script is told it must authenticate.
            return PlatformAuthentication.HasBearerToken(context.Request) || !AcceptsHtml(context.Request)
                ? Unauthorized(context)
                : Results.Redirect($"{PlatformAuthentication.LoginPath}?returnUrl={Uri.EscapeDataString(ReportsPath)}");
        }

        await using var scope = scopes.CreateAsyncScope();
        var reports = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListReports(), context.RequestAborted);
        var enrolment = scope.ServiceProvider.GetRequiredService<IEnrolmentDirectory>();
        var ids = reports.Select(r => r.ConsortiumId).OfType<Guid>().Distinct().ToList();
        var consortia = (await enrolment.GetConsortiaAsync(ids, context.RequestAborted)).ToDictionary(c => c.Id, c => c.Name);
        return Results.Content(ReportPages.List(reports, consortia), "text/html; charset=utf-8");
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, IServiceScopeFactory scopes, Guid id, string format)
    {
        if (!IsSignedIn(context))
        {
            return Unauthorized(context);
        }

        if (!Enum.TryParse<ReportFormat>(format, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
            || format.Any(char.IsDigit))
        {
            return Results.NotFound($"There is no .{format} version of a report: ask for .html, .pdf or .csv.");
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetReportDocument(id, parsed), context.RequestAborted);
            var disposition = new ContentDispositionHeaderValue(parsed == ReportFormat.Csv ? "attachment" : "inline");
            disposition.SetHttpFileName(document.FileName);
            context.Response.Headers.ContentDisposition = disposition.ToString();
            return Results.Bytes(document.Content, document.ContentType);
        }
        catch (NotFoundException)
        {
            return Results.NotFound(string.Create(CultureInfo.InvariantCulture, $"No report {id}.{format} here."));
        }
    }

    private static bool IsSignedIn(HttpContext context) => Viewer.From(context.User).IsAuthenticated;

    private static bool AcceptsHtml(HttpRequest request)
        => request.Headers.Accept.Count == 0 || request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static IResult Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = PlatformAuthentication.BearerScheme;
        return Results.Unauthorized();
    }
}
