;; The left operand is spilled by the call that computes the right one, and read back
;; from its slot.
;; Finding: the spilled value at the top of the machine stack is popped into a fresh
;; register and the result moved back to `rax`, where `add eax,[slot]` would do.

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.mul (local.get $a) (local.get $b)) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000026
;;     1e: mov     eax,1
;;     24: leave
;;     25: ret
;;     26: cmp     dword ptr [r11+0x14],0
;;     2f: jne     0x0000000000000045
;;     35: cmp     rax,[r11+0x38]
;;     3a: jb      0x000000000000005F
;;     40: jmp     0x000000000000001E
;;     45: mov     r11,[r14]
;;     4a: mov     qword ptr [r11+0x18],0x25
;;     53: mov     eax,0xA
;;     59: mov     rsp,[r11+8]
;;     5e: ret
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x25
;;     6d: mov     eax,9
;;     73: mov     rsp,[r11+8]
;;     78: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004C
;;     1e: mov     eax,[rbp+0x18]
;;     23: imul    eax,[rbp+0x10]
;;     29: push    rax
;;     2b: lea     rsp,[rsp-8]
;;     30: call    0xFFFFFFFFFFFFFF80
;;     35: lea     rsp,[rsp+8]
;;     3a: mov     ecx,[rbp-0x10]
;;     3f: lea     rsp,[rsp+8]
;;     44: add     ecx,eax
;;     47: mov     rax,rcx
;;     4a: leave
;;     4b: ret
;;     4c: cmp     dword ptr [r11+0x14],0
;;     55: jne     0x000000000000006B
;;     5b: cmp     rax,[r11+0x38]
;;     60: jb      0x0000000000000085
;;     66: jmp     0x000000000000001E
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x2A
;;     79: mov     eax,0xA
;;     7f: mov     rsp,[r11+8]
;;     84: ret
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x2A
;;     93: mov     eax,9
;;     99: mov     rsp,[r11+8]
;;     9e: ret
