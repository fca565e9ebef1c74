package vn.dunghan.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The paging query parameters shared by every list endpoint: {@code page} from 0, {@code size}. */
public class PageRequest {

  public static final int MAX_SIZE = 200;

  /**
   * Beyond any list the service holds (200 million rows at the largest size), and low enough that
   * {@code page * size} stays an int offset: page 2147483647 is a 422, not an overflow.
   */
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
  @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
  int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
  @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
  int size;

  public PageRequest() {}

  public PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }
}
