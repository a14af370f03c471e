;; A call inside a try_table: the call is followed by nothing an exception needs (no
;; flag test): its return address goes into the handler table. The try_table spills
;; on entry and jumps over its catch clause's landing pad, which resets rsp, reloads
;; the VMContext, pushes the payload from the store context and branches to $h.

(module
  (tag $e (param i32))
  (func $g (param i32) (result i32) (local.get 0))
  (func (export "f") (param $a i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (i32.add (call $g (local.get $a)) (i32.const 1))))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000025
;;     1e: mov     eax,[rbp+0x10]
;;     23: leave
;;     24: ret
;;     25: cmp     dword ptr [r11+0x14],0
;;     2e: jne     0x0000000000000044
;;     34: cmp     rax,[r11+0x38]
;;     39: jb      0x000000000000005E
;;     3f: jmp     0x000000000000001E
;;     44: mov     r11,[r14]
;;     49: mov     qword ptr [r11+0x18],0x29
;;     52: mov     eax,0xA
;;     58: mov     rsp,[r11+8]
;;     5d: ret
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x29
;;     6c: mov     eax,9
;;     72: mov     rsp,[r11+8]
;;     77: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x70]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000007D
;;     1e: push    rbx
;;     20: push    r12
;;     22: push    r13
;;     24: push    r15
;;     26: jmp     0x0000000000000054
;;     2b: lea     rsp,[rbp-0x28]
;;     2f: mov     r14,[rbp-8]
;;     34: mov     r11,[r14]
;;     39: mov     r11,[r11+0xB0]
;;     41: push    qword ptr [r11]
;;     46: mov     eax,[rbp-0x30]
;;     4b: lea     rsp,[rbp-0x28]
;;     4f: jmp     0x0000000000000067
;;     54: push    qword ptr [rbp+0x10]
;;     59: call    0xFFFFFFFFFFFFFF80
;;     5e: lea     rsp,[rsp+8]
;;     63: add     eax,1
;;     67: mov     rbx,[rbp-0x10]
;;     6c: mov     r12,[rbp-0x18]
;;     71: mov     r13,[rbp-0x20]
;;     76: mov     r15,[rbp-0x28]
;;     7b: leave
;;     7c: ret
;;     7d: cmp     dword ptr [r11+0x14],0
;;     86: jne     0x000000000000009C
;;     8c: cmp     rax,[r11+0x38]
;;     91: jb      0x00000000000000B6
;;     97: jmp     0x000000000000001E
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x2E
;;     aa: mov     eax,0xA
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
;;     b6: mov     r11,[r14]
;;     bb: mov     qword ptr [r11+0x18],0x2E
;;     c4: mov     eax,9
;;     ca: mov     rsp,[r11+8]
;;     cf: ret
