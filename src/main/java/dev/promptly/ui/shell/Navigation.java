package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.find.FindCustomerViewModel;
import dev.promptly.ui.queue.Notice;
import dev.promptly.ui.shell.ShellViewModel.Screen;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Going from screen to screen once the user is known: each screen loads for them as it is shown. */
final class Navigation {

    private final Profiles profiles;
    private final Supplier<StoreScreens> screens;
    private final Supplier<SignedIn> signedIn;
    private final Supplier<AppContext> store;
    private final Consumer<Screen> show;
    private final Clock clock;
    private final TaskRunner tasks;

    /** @param show puts a screen in the window */
    Navigation(Profiles profiles, Supplier<StoreScreens> screens, Supplier<SignedIn> signedIn,
               Supplier<AppContext> store, Consumer<Screen> show, Clock clock, TaskRunner tasks) {
        this.profiles = profiles;
        this.screens = screens;
        this.signedIn = signedIn;
        this.store = store;
        this.show = show;
        this.clock = clock;
        this.tasks = tasks;
    }

    void queue() {
        if (profiles.current() != null) {
            show.accept(Screen.QUEUE);
            screens.get().queue().refresh();
        }
    }

    void board() {
        if (profiles.current() != null) {
            screens.get().board().show(profiles.current());
            show.accept(Screen.BOARD);
        }
    }

    void reports(Team team, boolean thisWeek) {
        if (profiles.current() != null) {
            screens.get().reports().show(profiles.current(), team, thisWeek);
            show.accept(Screen.REPORTS);
        }
    }

    void team() {
        if (profiles.current() != null) {
            screens.get().team().show(profiles.current(), signedIn.get());
            show.accept(Screen.TEAM);
        }
    }

    /** See {@link ShellViewModel#findCustomer}. */
    FindCustomerViewModel findCustomer(String typed) {
        AppContext context = store.get();
        if (context == null || profiles.current() == null) {
            return null;
        }
        FindCustomerViewModel find = new FindCustomerViewModel(context.customerSearch(), context.items(),
                context.people(), clock, tasks, profiles.current(), signedIn.get(), itemId -> {
                    show.accept(Screen.QUEUE);
                    screens.get().queue().open(new Notice(itemId, null, "", "item " + itemId));
                });
        find.queryProperty().set(typed == null ? "" : typed);
        return find;
    }
}
