package eu.sharingcities.text;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a portal page can be refused with is said in the page's language: every service method a
 * page calls (directly or through other services) refuses with a {@link Refusal} (a message key)
 * and checks fields with {@link FieldCheck#require(boolean, String, Message)}, never with English
 * text in an {@code IllegalArgumentException} that the page would show as it is.
 */
@AnalyzeClasses(packages = "eu.sharingcities", importOptions = ImportOption.DoNotIncludeTests.class) // ArchitectureTest's import, cached
class PortalRefusalsTest {

    /**
     * Records that guard their own invariants: a page reaches them only through a service that
     * has checked the request first (an alarm rule's settings, M&V's inputs, a unit's share), so
     * their refusal means a bug, not a person's mistake.
     */
    private static final Set<String> INVARIANTS = Set.of("AlarmRule", "Condition", "AlarmPerformance", "CalTrackSettings", "Observation",
            "TypicalYear", "CityGrant", "Unit", "PointBinding");

    @ArchTest
    static void everythingAPageCanBeRefusedWithIsTranslated(JavaClasses classes) {
        Set<String> english = new TreeSet<>();
        for (JavaCodeUnit unit : reachedFromPages(classes)) {
            if (unit.getOwner().isAssignableTo(Refusal.class) || INVARIANTS.contains(unit.getOwner().getSimpleName())
                    || INVARIANTS.contains(unit.getOwner().getEnclosingClass().map(c -> c.getSimpleName()).orElse(""))) {

                continue;
            }
            for (JavaConstructorCall call : unit.getConstructorCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(IllegalArgumentException.class)) {
                    english.add(call.getSourceCodeLocation() + " new IllegalArgumentException");
                }
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(FieldCheck.class) && call.getName().equals("require")
                        && call.getTarget().getRawParameterTypes().get(2).isEquivalentTo(String.class)) {
                    english.add(call.getSourceCodeLocation() + " FieldCheck.require with English text");
                }
            }
        }
        assertThat(english).isEmpty();
    }

    /** The code units of the features that the pages' code reaches, following calls. */
    private static Set<JavaCodeUnit> reachedFromPages(JavaClasses classes) {
        Deque<JavaCodeUnit> todo = new ArrayDeque<>();
        classes.stream().filter(c -> c.getPackageName().contains(".ui")).forEach(c -> todo.addAll(c.getCodeUnits()));
        Set<JavaCodeUnit> seen = new HashSet<>(todo);
        Set<JavaCodeUnit> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            for (var call : List.copyOf(unit.getCallsFromSelf())) {
                for (JavaCodeUnit target : call.getTarget().resolveMember().stream().toList()) {
                    if (feature(target) && seen.add(target)) {
                        reached.add(target);
                        todo.add(target);
                    }
                }
            }
        }
        return reached;
    }

    private static boolean feature(JavaCodeUnit unit) {
        String pkg = unit.getOwner().getPackageName();
        return pkg.startsWith("eu.sharingcities.") && !pkg.contains(".ui") && !pkg.startsWith("eu.sharingcities.portal")
                && !pkg.startsWith("eu.sharingcities.launcher");

    }
}
