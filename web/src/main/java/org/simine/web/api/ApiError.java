package org.simine.web.api;

/**
 * A request the API refuses, answered as {@code {"error": message, "position": N}} with {@code status}.
 * {@code position} is the 1-based character of the query at fault, or null when the problem is not in the query.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final Integer position;

    public ApiError(int status, String message, Integer position) {
        super(message);
        this.status = status;
        this.position = position;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message, null);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message, null);
    }

    public int status() {
        return status;
    }

    public Integer position() {
        return position;
    }
}
