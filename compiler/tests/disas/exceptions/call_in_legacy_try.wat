;; A call inside a legacy `try`: as in a try_table, the call is followed by nothing an
;; exception needs (only the VMContext reload every call has, no flag test): its return
;; address goes into the handler table. The
;; body falls through to the end (a jump over the catch); the catch's landing pad
;; resets rsp, reloads the VMContext, pushes the caught exnref into the catch's own
;; slot (read only by a `rethrow`) and then the payload, which the body of the catch
;; adds to.

(module
  (tag $e (param i32))
  (func $g (param i32) (result i32) (local.get 0))
  (func (export "f") (param $a i32) (result i32)
    try (result i32)
      (i32.add (call $g (local.get $a)) (i32.const 1))
    catch $e
      (i32.add (i32.const 2))
    end))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000027
;;     1e: mov     eax,[rbp+0x10]
;;     23: leave
;;     24: ret     8
;;     27: cmp     dword ptr [r11+0x14],0
;;     30: jne     0x0000000000000046
;;     36: cmp     rax,[r11+0x38]
;;     3b: jb      0x0000000000000060
;;     41: jmp     0x000000000000001E
;;     46: mov     r11,[r14]
;;     4b: mov     qword ptr [r11+0x18],0x29
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x29
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x78]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000090
;;     1e: push    rbx
;;     20: push    r12
;;     22: push    r13
;;     24: push    r15
;;     26: push    qword ptr [rbp+0x10]
;;     2b: call    0xFFFFFFFFFFFFFF80
;;     30: mov     r14,[rbp-8]
;;     35: add     eax,1
;;     39: jmp     0x0000000000000078
;;     3e: lea     rsp,[rbp-0x28]
;;     42: mov     r14,[rbp-8]
;;     47: mov     r11,[r14]
;;     4c: push    qword ptr [r11+0xC0]
;;     54: mov     r11,[r14]
;;     59: mov     r11,[r11+0xC8]
;;     61: push    qword ptr [r11]
;;     66: mov     eax,[rbp-0x38]
;;     6b: lea     rsp,[rsp+8]
;;     70: add     eax,2
;;     74: lea     rsp,[rbp-0x28]
;;     78: mov     rbx,[rbp-0x10]
;;     7d: mov     r12,[rbp-0x18]
;;     82: mov     r13,[rbp-0x20]
;;     87: mov     r15,[rbp-0x28]
;;     8c: leave
;;     8d: ret     8
;;     90: cmp     dword ptr [r11+0x14],0
;;     99: jne     0x00000000000000AF
;;     9f: cmp     rax,[r11+0x38]
;;     a4: jb      0x00000000000000C9
;;     aa: jmp     0x000000000000001E
;;     af: mov     r11,[r14]
;;     b4: mov     qword ptr [r11+0x18],0x2E
;;     bd: mov     eax,0xA
;;     c3: mov     rsp,[r11+8]
;;     c8: ret
;;     c9: mov     r11,[r14]
;;     ce: mov     qword ptr [r11+0x18],0x2E
;;     d7: mov     eax,9
;;     dd: mov     rsp,[r11+8]
;;     e2: ret
