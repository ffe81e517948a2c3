using Mobility.Enrolment.Qualifications;

namespace Mobility.Enrolment.Demo;

internal static class DemoQualificationEntities
{
    public static Dictionary<string, Qualification> Build()
    {
        var qualifications = new Dictionary<string, Qualification>(StringComparer.Ordinal);
        foreach (var demo in DemoQualifications.All)
        {
            var qualification = Qualification.Register(demo.Id, demo.Name, demo.Level, demo.Country, demo.Eqf, demo.Isced);
            foreach (var unit in demo.Units)
            {
                qualification.AddUnit(DemoIds.Of("qualification-unit", $"{demo.Key}/{unit.Code}"), unit.Code, unit.Title, unit.IsOptional);
            }

            qualifications.Add(demo.Key, qualification);
        }

        return qualifications;
    }
}
