namespace Mobility.BuildingBlocks.Scheduling;

/// <summary>A module with scheduled jobs (docs/adr/0004): it adds them under a job group named after itself.</summary>
public interface IJobsModule
{
    void AddJobs(ModuleJobs jobs);
}
