using Mobility.BuildingBlocks.Csv;

namespace Mobility.Placements.OpenData;

/// <summary>Checks one record against the header; every problem of the row goes into its reason.</summary>
internal static class OpenDataRowParser
{
    public static (OpenDataRow? Row, string? Reason) Parse(CsvRecord record, OpenDataHeader header)
    {
        if (record.Error is not null)
        {
            return (null, record.Error);
        }

        if (record.Fields.Count != header.Count)
        {
            return (null, $"{record.Fields.Count} fields where the header has {header.Count}");
        }

        var fields = new OpenDataFields(record.Fields, header);
        var (start, end) = (fields.Month("mobility_start_month"), fields.Month("mobility_end_month"));
        if (end < start)
        {
            fields.Problem($"the mobility ends ({end:yyyy-MM}) before it starts ({start:yyyy-MM})");
        }

        var row = new OpenDataRow(
            record.Line,
            NaturalKey(fields),
            fields.Text("project_reference", OpenDataLimits.ProjectReference),
            fields.KeyAction("project_reference"),
            fields.AcademicYear("academic_year"),
            start,
            end,
            fields.Number("mobility_duration", 0, 3660),
            fields.Text("activity_mob", OpenDataLimits.Text),
            fields.OptionalNumber("participants", 1, 100_000),
            fields.OptionalText("field_of_education", OpenDataLimits.Text),
            fields.OptionalText("education_level", OpenDataLimits.Text),
            fields.Nationality("participant_nationality"),
            fields.Text("participant_gender", OpenDataLimits.Label),
            fields.Number("participant_age", 0, 120),
            fields.Text("participant_profile", OpenDataLimits.Label),
            fields.YesNo("special_needs"),
            fields.YesNo("fewer_opportunities"),
            fields.YesNo("group_leader"),
            fields.Organisation("sending"),
            fields.Organisation("receiving"));
        return fields.Problems.Count == 0 ? (row, null) : (null, string.Join("; ", fields.Problems));
    }

    private static string NaturalKey(OpenDataFields fields)
    {
        var id = fields.OptionalText("id", OpenDataLimits.NaturalKey - 10);
        return id is not null
            ? NaturalKeys.FromId(id)
            : NaturalKeys.FromContent(OpenDataHeader.Required.Concat(OpenDataHeader.Optional).Select(c => fields.Raw(c) ?? ""));
    }
}
