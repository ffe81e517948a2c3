using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Security;

namespace Mobility.BuildingBlocks.Tests.Security;

public sealed class ViewerServicesTests
{
    [Fact]
    public async Task A_viewer_resolved_in_the_request_scope_before_sign_in_does_not_stay_anonymous_after_it()
    {
        await using var services = new ServiceCollection().AddViewer().BuildServiceProvider();
        var context = new DefaultHttpContext();
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        await using var request = services.CreateAsyncScope();

        // Checking an API token runs use cases in the request's scope while the user is still anonymous.
        var whileAuthenticating = request.ServiceProvider.GetRequiredService<Viewer>();
        var user = Viewer.User(Guid.NewGuid(), "learner@capmob.example", [PlatformRole.Learner], learnerId: Guid.NewGuid());
        context.User = new ClaimsPrincipal(new ClaimsIdentity(user.ToClaims(), "Bearer"));
        var afterwards = request.ServiceProvider.GetRequiredService<Viewer>();

        Assert.Same(Viewer.Anonymous, whileAuthenticating);
        Assert.Equal(user.UserId, afterwards.UserId);
        Assert.True(afterwards.IsIn(PlatformRole.Learner));
    }

    [Fact]
    public void Outside_any_request_the_viewer_is_the_platform_itself()
    {
        using var services = new ServiceCollection().AddViewer().BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.True(scope.ServiceProvider.GetRequiredService<Viewer>().IsSystem);
    }
}
