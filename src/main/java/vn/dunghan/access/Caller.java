package vn.dunghan.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.dunghan.shared.Actor;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Who is calling and what their token lets them see and change (docs/security.md):
 *
 * <ul>
 *   <li>clerks and officers: dossiers their unit received, handles, holds or holds a step of; the
 *       figures of their unit and the units below it;
 *   <li>heads: their unit and every unit below it, read only;
 *   <li>province and auditor: everything, read; the province also writes everything;
 *   <li>portal: bulk sync only (enforced by the endpoints' roles).
 * </ul>
 *
 * Personal data is shown in full only to the clerk or officer of the unit holding the dossier.
 */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final UnitDirectory units;
  private final vn.dunghan.shared.CurrentActor current;
  private Optional<UnitFacts> unit;

  Caller(SecurityIdentity identity, UnitDirectory units, vn.dunghan.shared.CurrentActor current) {
    this.current = current;
    this.identity = identity;
    this.token = vn.dunghan.shared.CurrentActor.tokenOf(identity);
    this.units = units;
  }

  /** Who the token names (upn, preferred_username or sub), for audit and history records. */
  public String name() {
    String name = token == null ? null : token.getName();
    return name == null || name.isBlank() ? identity.getPrincipal().getName() : name;
  }

  /** The token's subject ({@code sub}), else its name. */
  public String subject() {
    String sub = token == null ? null : token.getSubject();
    return sub == null || sub.isBlank() ? name() : sub;
  }

  /** Who is calling, for the records of what they write ({@link Actor}). */
  public Actor actor() {
    return current.get();
  }

  public boolean has(String role) {
    return identity.hasRole(role);
  }

  public Set<String> roles() {
    return identity.getRoles();
  }

  /** The {@code unit} claim, or null. */
  public String unitCode() {
    if (token == null) {
      return null;
    }
    Object claim = token.getClaim("unit");
    return claim == null ? null : claim.toString().replace("\"", "");
  }

  /** Reads without a unit limit: the province and auditors. */
  public boolean readsEverything() {
    return has(Roles.PROVINCE) || has(Roles.AUDITOR);
  }

  /** Delay per officer: heads (of their unit and below), the province and auditors. */
  public boolean readsOfficers() {
    return readsEverything() || has(Roles.HEAD);
  }

  /**
   * May this caller see a dossier that involves {@code unitCodes}? A unit merged into another is
   * answered for by its successor, whose staff read its dossiers as their own.
   */
  public boolean maySee(Collection<String> involved) {
    if (readsEverything()) {
      return true;
    }
    Collection<String> unitCodes = withSuccessors(involved);
    String own = unitCode();
    if (own == null) {
      return false;
    }
    if ((has(Roles.CLERK) || has(Roles.OFFICER)) && unitCodes.contains(own)) {
      return true;
    }
    if (has(Roles.HEAD)) {
      String path = ownPath();
      return path != null
          && unitCodes.stream()
              .map(units::find)
              .flatMap(Optional::stream)
              .anyMatch(u -> u.path().startsWith(path));
    }
    return false;
  }

  /** May this caller record on a dossier that involves {@code unitCodes}? */
  public boolean mayChange(Collection<String> involved) {
    if (has(Roles.PROVINCE)) {
      return true;
    }
    Collection<String> unitCodes = withSuccessors(involved);
    String own = unitCode();
    return own != null && (has(Roles.CLERK) || has(Roles.OFFICER)) && unitCodes.contains(own);
  }

  private Collection<String> withSuccessors(Collection<String> codes) {
    java.util.Set<String> all = new java.util.HashSet<>();
    vn.dunghan.unit.UnitDirectory.Tree tree = units.tree();
    for (String code : codes) {
      all.addAll(tree.withSuccessors(code));
    }
    return all;
  }

  /** Full personal data: only the clerk or officer of the unit holding the dossier. */
  public boolean seesPersonalData(String holdingUnitCode) {
    return (has(Roles.CLERK) || has(Roles.OFFICER)) && Objects.equals(unitCode(), holdingUnitCode);
  }

  /**
   * The unit a read of figures is limited to: {@code requested} when the caller may read it (the
   * province and auditors any; others their own unit or one below it), the caller's own unit when
   * nothing is requested; a 403 problem otherwise.
   */
  public String figuresScope(String requested) {
    if (readsEverything()) {
      return requested;
    }
    String own = unitCode();
    String path = ownPath();
    if (own == null || path == null) {
      throw forbidden("the token names no unit of this province");
    }
    if (requested == null || requested.isBlank() || requested.equals(own)) {
      return own;
    }
    boolean below = units.find(requested).map(u -> u.path().startsWith(path)).orElse(false);
    if (!below) {
      throw forbidden("unit " + requested + " is outside unit " + own + " and the units below it");
    }
    return requested;
  }

  /** The path of the caller's unit ({@code /22/22.193/}), or null. */
  public String ownPath() {
    if (unit == null) {
      String code = unitCode();
      unit = code == null ? Optional.empty() : units.find(code);
    }
    return unit.map(UnitFacts::path).orElse(null);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(ProblemType.FORBIDDEN, detail));
  }
}
