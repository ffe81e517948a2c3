using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Impact.Indicators;

/// <summary>
/// Every indicator for one filter, optionally broken down by one dimension, computed in SQL over the outcome facts
/// as of their last refresh, within what the viewer may see: a coordinator their consortia, school staff their
/// organisation (every figure), a funder every consortium with small counts suppressed; nobody else.
/// </summary>
internal sealed record GetIndicators(IndicatorFilter Filter, Dimension? Breakdown) : IRequest<IReadOnlyList<IndicatorFigure>>;

internal sealed class GetIndicatorsValidator : AbstractValidator<GetIndicators>
{
    public GetIndicatorsValidator()
    {
        RuleFor(r => r.Filter).NotNull();
        RuleFor(r => r.Breakdown).IsInEnum();
        RuleFor(r => r.Filter.AcademicYear).Must(y => y is null || AcademicYears.IsValid(y))
            .WithName("academicYear").WithMessage("Write the academic year as 2019-2020.");
    }
}

internal sealed class GetIndicatorsAuthorizer : IAuthorizer<GetIndicators>
{
    public Task AuthorizeAsync(GetIndicators request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("read indicators", PlatformRole.ConsortiumCoordinator, PlatformRole.SchoolStaff, PlatformRole.Funder);
        return Task.CompletedTask;
    }
}

internal sealed class GetIndicatorsHandler(IndicatorCalculator calculator, Viewer viewer)
    : IRequestHandler<GetIndicators, IReadOnlyList<IndicatorFigure>>
{
    public async Task<IReadOnlyList<IndicatorFigure>> Handle(GetIndicators request, CancellationToken cancellationToken)
    {
        var scope = IndicatorScope.Of(viewer);
        var figures = await calculator.ComputeAsync(request.Filter, [request.Breakdown ?? Dimension.Total], scope, cancellationToken);
        return scope.Suppressed ? Suppression.Apply(figures) : figures;
    }
}
