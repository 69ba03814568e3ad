package dev.promptly.items;

import dev.promptly.common.NotAllowedException;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The team store's rules, checked before an action is sent so that a refusal names the person and the item in
 * words. The server enforces the same rules whatever a client does (db/migration/postgresql/V5); this only says
 * them first. On the single-user store nobody is signed in and everything is allowed.
 */
final class ActionPermissions {

    private final Supplier<Optional<SignedIn>> signedIn;
    private final java.util.function.LongFunction<Optional<String>> teamOfHiddenItem;
    private final PeopleService people;

    ActionPermissions(Supplier<Optional<SignedIn>> signedIn,
                      java.util.function.LongFunction<Optional<String>> teamOfHiddenItem, PeopleService people) {
        this.signedIn = signedIn;
        this.teamOfHiddenItem = teamOfHiddenItem;
        this.people = people;
    }

    /** Refuses, saying why, an item that exists but that the signed-in person may not see. */
    void checkHidden(long itemId) {
        signedIn.get().ifPresent(me -> teamOfHiddenItem.apply(itemId).ifPresent(team -> {
            throw refused(me, "see item " + itemId, "it belongs to " + team + ", another team");
        }));
    }

    /** Refuses {@code action} on {@code item} when the signed-in person may not take it. */
    void check(Item item, ItemAction action) {
        Optional<SignedIn> who = signedIn.get();
        if (who.isEmpty()) {
            return;
        }
        SignedIn me = who.get();
        ItemAction plain = action instanceof ItemAction.By by ? by.action() : action;
        Rep owner = people.directory().rep(item.ownerId());
        if (!me.mayActFor(owner)) {
            throw refused(me, verb(plain) + " item " + item.id(), "it belongs to " + owner.name()
                    + (me.access() == SignedIn.Access.LEAD ? ", who is not in your team" : ""));
        }
        if (plain instanceof ItemAction.Transfer transfer && transfer.type() == EventType.REASSIGNED) {
            if (me.access() == SignedIn.Access.REP) {
                throw refused(me, "reassign item " + item.id(), "only a lead or a manager reassigns; escalate it "
                        + "instead");
            }
            Rep to = people.directory().rep(transfer.toRepId());
            if (me.access() == SignedIn.Access.LEAD && to.teamId() != me.rep().teamId()) {
                throw refused(me, "reassign item " + item.id() + " to " + to.name(), "a lead reassigns within "
                        + "their own team");
            }
        }
    }

    /** Refuses adding an item for {@code owner} when the signed-in person may not act for them. */
    void checkAdd(Rep owner) {
        signedIn.get().filter(me -> !me.mayActFor(owner)).ifPresent(me -> {
            throw refused(me, "add an item for " + owner.name(), me.access() == SignedIn.Access.REP
                    ? "a rep adds items for themselves" : "they are not in your team");
        });
    }

    /**
     * Who did {@code action}, done by a person: the rep the signed-in person is; the given one on the single-user
     * store, or for a login that is no rep (an admin's), which must name one: left to the action's default, the
     * history would say the item's owner did it. A reassignment's default is nobody, and stays allowed.
     */
    Long actor(Long given, Long itemId, ItemAction action) {
        Optional<SignedIn> who = signedIn.get();
        if (who.isPresent() && who.get().rep() == null && given == null
                && !(action instanceof ItemAction.Transfer transfer && transfer.type() == EventType.REASSIGNED)) {
            throw refused(who.get(), verb(action) + " item " + itemId + " without saying who did it", "this login is "
                    + "not one of the reps, and the history names the rep who acted; give --by EMAIL, or sign in "
                    + "with your own login");
        }
        if (who.isEmpty() || who.get().rep() == null) {
            return given;
        }
        SignedIn me = who.get();
        if (given != null && given != me.rep().id()) {
            throw refused(me, "act as " + people.directory().rep(given).email(), "on a team store you act as "
                    + "yourself");
        }
        return me.rep().id();
    }

    private static NotAllowedException refused(SignedIn me, String what, String why) {
        return new NotAllowedException(me.who() + " may not " + what + ": " + why + "; nothing was written", null);
    }

    private static String verb(ItemAction action) {
        if (action instanceof ItemAction.Attempt) {
            return "log an attempt on";
        }
        if (action instanceof ItemAction.Reply) {
            return "reply to";
        }
        if (action instanceof ItemAction.Delay) {
            return "delay";
        }
        if (action instanceof ItemAction.Transfer transfer) {
            return transfer.type() == EventType.ESCALATED ? "escalate" : "reassign";
        }
        if (action instanceof ItemAction.Complete) {
            return "complete";
        }
        if (action instanceof ItemAction.Reopen) {
            return "reopen";
        }
        if (action instanceof ItemAction.Note) {
            return "add a note to";
        }
        if (action instanceof ItemAction.Undo) {
            return "undo the last action on";
        }
        if (action instanceof ItemAction.Edit) {
            return "edit";
        }
        return "change";
    }
}
