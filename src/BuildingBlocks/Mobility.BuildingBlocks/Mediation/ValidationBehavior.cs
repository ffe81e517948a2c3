using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;

namespace Mobility.BuildingBlocks.Mediation;

/// <summary>Runs every validator of a request before its handler; the handler never sees invalid input.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors.Select(e => new ValidationFailure(
                ToCamelCasePath(e.PropertyName), RuleName(e.ErrorCode), e.ErrorMessage)));
        }

        if (failures.Count > 0)
        {
            throw new InvalidInputException(typeof(TRequest).Name, failures);
        }

        return await next();
    }

    private static string RuleName(string errorCode)
        => errorCode.EndsWith("Validator", StringComparison.Ordinal) ? errorCode[..^"Validator".Length] : errorCode;

    private static string ToCamelCasePath(string path)
        => string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
