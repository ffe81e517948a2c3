using Microsoft.EntityFrameworkCore;

namespace Mobility.Placements.Tests.OpenData;

/// <summary>A trigger that makes the database refuse any mobility of 31 days, to fail an import part-way through.</summary>
internal static class FailingInsert
{
    public static async Task InstallAsync(DbContext db)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION placements.fail_open_data_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.duration_days = 31 THEN RAISE EXCEPTION 'injected failure'; END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER fail_open_data_insert BEFORE INSERT ON placements.open_data_mobilities
                  FOR EACH ROW EXECUTE FUNCTION placements.fail_open_data_insert();
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER fail_open_data_insert BEFORE INSERT ON open_data_mobilities
                WHEN NEW.duration_days = 31 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """);
        }
    }
}
