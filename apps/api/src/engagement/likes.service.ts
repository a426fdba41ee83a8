import { Injectable } from '@nestjs/common';
import type { LikeState } from '@noteshop/contracts';
import { EngagementError } from './engagement.error';
import { LikesRepository } from './likes.repository';

@Injectable()
export class LikesService {
  constructor(private readonly likes: LikesRepository) {}

  /** Idempotent: liking a liked note changes nothing and answers the same. */
  async like(customerId: string, noteId: string): Promise<LikeState> {
    const outcome = await this.likes.like(customerId, noteId);
    if (!outcome) throw EngagementError.noteNotFound(noteId);
    return outcome;
  }

  async unlike(customerId: string, noteId: string): Promise<LikeState> {
    const outcome = await this.likes.unlike(customerId, noteId);
    if (!outcome) throw EngagementError.noteNotFound(noteId);
    return outcome;
  }
}
