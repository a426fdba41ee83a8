import { Injectable } from '@nestjs/common';
import { IdentityError } from '../identity/identity.error';
import { CreatorCardsRepository, type CreatorRecord } from './creator-cards.repository';

/** For routes only creators may use (writing notes, the creator dashboard). */
@Injectable()
export class CreatorAccessService {
  constructor(private readonly cards: CreatorCardsRepository) {}

  /** The caller's creator, or 403 `identity/not-a-creator`. */
  async requireCreator(customerId: string): Promise<CreatorRecord> {
    const creator = await this.cards.findByCustomerId(customerId);
    if (!creator) throw IdentityError.notACreator();
    return creator;
  }
}
