;; A 64-bit memory that is not memory 0: its base comes from the VMContext after the
;; check, and memory.size of it is an i64.

(module
  (memory 1)
  (memory $m i64 1)
  (func (export "f") (param $a i64) (result i32)
    (i32.load $m (local.get $a)))
  (func (export "size") (result i64)
    (memory.size $m)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000049
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,4
;;     27: jb      0x000000000000009C
;;     2d: mov     r11,[r14+0x28]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009C
;;     3d: mov     r11,[r14+0x20]
;;     42: mov     eax,[r11+rax-4]
;;     47: leave
;;     48: ret
;;     49: cmp     dword ptr [r11+0x14],0
;;     52: jne     0x0000000000000068
;;     58: cmp     rax,[r11+0x38]
;;     5d: jb      0x0000000000000082
;;     63: jmp     0x000000000000001E
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x32
;;     76: mov     eax,0xA
;;     7c: mov     rsp,[r11+8]
;;     81: ret
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x32
;;     90: mov     eax,9
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x35
;;     aa: mov     eax,5
;;     b0: mov     rsp,[r11+8]
;;     b5: ret

;; function 1 (export "size"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002E
;;     1e: mov     rax,[r14+0x28]
;;     23: mov     rax,[rax+8]
;;     28: shr     rax,0x10
;;     2c: leave
;;     2d: ret
;;     2e: cmp     dword ptr [r11+0x14],0
;;     37: jne     0x000000000000004D
;;     3d: cmp     rax,[r11+0x38]
;;     42: jb      0x0000000000000067
;;     48: jmp     0x000000000000001E
;;     4d: mov     r11,[r14]
;;     52: mov     qword ptr [r11+0x18],0x3B
;;     5b: mov     eax,0xA
;;     61: mov     rsp,[r11+8]
;;     66: ret
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x3B
;;     75: mov     eax,9
;;     7b: mov     rsp,[r11+8]
;;     80: ret
