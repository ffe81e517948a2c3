using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Recognitions;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Europass;

/// <summary>Gathers a Europass Mobility record from the placement, its learning agreement, the assessment and the decisions.</summary>
internal sealed class EuropassRecordBuilder(IPlacementsDirectory placements, IEnrolmentDirectory enrolment, RecognitionSchemeCatalogue schemes)
{
    public const string Initiative = "Erasmus+ KA1 – VET learner mobility";

    public async Task<EuropassMobilityRecord> BuildAsync(
        PlacementRecognition recognition, string number, DateOnly issuedOn, string language, string? referencePerson, CancellationToken cancellationToken)
    {
        var placement = (await placements.GetPlacementsAsync([recognition.PlacementId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Placement", recognition.PlacementId);
        var learner = (await enrolment.GetLearnersAsync([recognition.LearnerId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Learner", recognition.LearnerId);
        var sending = (await enrolment.GetOrganisationsAsync([recognition.SendingOrganisationId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Organisation", recognition.SendingOrganisationId);
        var host = placement.HostOrganisationId is { } hostId
            ? (await placements.GetHostOrganisationsAsync([hostId], cancellationToken)).SingleOrDefault()
            : null;
        var agreement = (await placements.GetLearningAgreementsAsync([recognition.PlacementId], cancellationToken)).SingleOrDefault();
        var tutor = (await placements.GetHostTutorsAsync([recognition.PlacementId], cancellationToken)).SingleOrDefault();

        var sendingOrganisation = new EuropassOrganisation(sending.Name, sending.City, sending.Country);
        var hostOrganisation = host is null
            ? new EuropassOrganisation(placement.DestinationCity, placement.DestinationCity, placement.DestinationCountry)
            : new EuropassOrganisation(host.Name, host.City, host.Country);
        return new EuropassMobilityRecord(
            number,
            issuedOn,
            language,
            new EuropassHolder(learner.FirstName, learner.LastName, learner.BirthDate, learner.Nationality),
            sendingOrganisation,
            new EuropassPartner(sendingOrganisation, sending.Kind, referencePerson, null, null),
            new EuropassPartner(hostOrganisation, host?.Kind, tutor?.Name ?? recognition.HostTutorName, tutor?.Position, tutor?.Email ?? recognition.HostTutorEmail),
            new EuropassExperience(
                Initiative, placement.CallYear, recognition.QualificationName, recognition.EqfLevel, placement.StartsOn,
                recognition.ReturnedOn < placement.EndsOn ? recognition.ReturnedOn : placement.EndsOn,
                recognition.ReturnedOn < placement.EndsOn ? recognition.ReturnedOn.DayNumber - placement.StartsOn.DayNumber + 1 : placement.DurationDays,
                [.. (agreement?.Objectives ?? []).Select(o => $"{o.Description} ({o.SuccessIndicator})")]),
            new EuropassAssessment(
                recognition.AssessmentMethod?.ToString() ?? nameof(AssessmentMethod.OnSite), recognition.AssessedOn, recognition.AssessmentLanguage,
                recognition.AssessedBy, recognition.SendingCompanyTookPart, recognition.SchoolTeacherTookPart),
            [.. recognition.Units.Where(u => u.IsAgreed).OrderBy(u => u.Position).Select(u => Unit(recognition, u))]);
    }

    private EuropassUnit Unit(PlacementRecognition recognition, UnitOfLearningOutcomes unit)
    {
        var scheme = schemes.Get(unit.SchemeCode);
        var level = scheme.Level(unit.HostLevel);
        var decision = recognition.CurrentDecision(unit.Id);
        var result = unit.Result(scheme);
        return new EuropassUnit(
            unit.Title, unit.QualificationUnitCode, unit.QualificationUnitTitle, unit.Knowledge, unit.Skills, unit.Competences, unit.SchemeCode,
            level is null ? new Dictionary<string, string>() : new Dictionary<string, string>(level.Labels),
            result.FinalMark ?? unit.HostMark, scheme.MarkScale, unit.HostEvidence, unit.HostComment, decision?.Outcome.ToString(), decision?.Attestation);
    }
}
