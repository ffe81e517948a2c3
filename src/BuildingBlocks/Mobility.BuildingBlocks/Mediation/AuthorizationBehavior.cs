using MediatR;
using Mobility.BuildingBlocks.Security;

namespace Mobility.BuildingBlocks.Mediation;

/// <summary>Runs the request's authorizers, as the current viewer, after validation and before the handler.</summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(IEnumerable<IAuthorizer<TRequest>> authorizers, Viewer viewer)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        foreach (var authorizer in authorizers)
        {
            await authorizer.AuthorizeAsync(request, viewer, cancellationToken);
        }

        return await next();
    }
}
